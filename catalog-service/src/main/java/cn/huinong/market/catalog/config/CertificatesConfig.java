package cn.huinong.market.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Halal certificate settings ({@code huinong.catalog.certificates.*}). */
@ConfigMapping(prefix = "huinong.catalog.certificates")
public interface CertificatesConfig {

    /** The zone whose calendar day decides whether a certificate is valid "today". */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Largest scan accepted (JPEG, PNG or PDF), in bytes. */
    @WithDefault("10485760")
    long scanMaxBytes();

    /** How long the seller's presigned PUT URL for a scan works. */
    @WithDefault("PT10M")
    Duration uploadUrlExpiry();

    /** How long a presigned GET URL of a scan (owner and admins only) works. */
    @WithDefault("PT5M")
    Duration scanUrlExpiry();
}
