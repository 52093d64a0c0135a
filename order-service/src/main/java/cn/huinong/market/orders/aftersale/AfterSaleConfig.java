package cn.huinong.market.orders.aftersale;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "huinong.orders.after-sales")
public interface AfterSaleConfig {

    /** The bucket holding the buyers' photos. */
    String bucket();

    /** Photos one case may have. */
    @WithDefault("6")
    int maxPhotos();

    /** The largest photo accepted, in bytes. */
    @WithDefault("5242880")
    long maxPhotoBytes();

    /** The most pixels a photo may have, checked from its header before it is decoded (decompression bombs). */
    @WithDefault("40000000")
    long maxPhotoPixels();

    /** Photos are stored at most this many pixels on their long side (12 MP phone photos shrink for weak 4G). */
    @WithDefault("2560")
    int photoLongSide();

    /** Days the buyer has to dispute a rejection before the case closes. */
    @WithDefault("7")
    int disputeDays();
}
