package cn.huinong.market.common.image;

/**
 * What an upload's header may declare before it is decoded: at most {@code maxPixels} pixels (width × height) and at
 * most {@code maxSide} pixels on either side. A 50 KB PNG can claim 100,000 × 100,000 pixels; these limits refuse it
 * before a single pixel is allocated.
 */
public record ImageLimits(long maxPixels, int maxSide) {

    public ImageLimits {
        if (maxPixels <= 0 || maxSide <= 0) {
            throw new IllegalArgumentException("Image limits must be positive");
        }
    }

    /** Only a pixel count; any side length within it. */
    public static ImageLimits pixels(long maxPixels) {
        return new ImageLimits(maxPixels, Integer.MAX_VALUE);
    }

    boolean allow(int width, int height) {
        return (long) width * height <= maxPixels && Math.max(width, height) <= maxSide;
    }
}
