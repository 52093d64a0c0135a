package cn.huinong.market.common.image;

import cn.huinong.market.common.image.ContentSniffer.Kind;

/** Pixels re-encoded by {@link ImagePipeline}: no metadata of the upload's survives in {@code bytes}. */
public record EncodedImage(Kind format, int width, int height, byte[] bytes) {

    public String mediaType() {
        return format.mediaType;
    }
}
