package cn.huinong.market.catalog.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "huinong.catalog.storage")
public interface StorageConfig {

    /** The bucket holding product images, certificate scans and their variants. */
    String bucket();
}
