package cn.huinong.market.gateway.client;

import java.util.Map;
import java.util.UUID;

/** A ready product image: URLs of its JPEG variants by width ("160", "320", "640"). */
public record ProductImage(UUID imageId, int position, int width, int height, Map<String, String> variants) {

    /** The height at a given display width, so the page reserves the photo's space before it arrives. */
    public int heightAt(int displayWidth) {
        return width <= 0 ? displayWidth : height * displayWidth / width;
    }

    /** The variant a phone screen needs: 320 px wide, else whatever is there. */
    public String small() {
        String url = variants.get("320");
        return url != null ? url : variants.values().stream().findFirst().orElse(null);
    }
}
