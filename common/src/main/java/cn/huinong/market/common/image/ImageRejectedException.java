package cn.huinong.market.common.image;

/**
 * Why {@link ImagePipeline} would not turn an upload into a clean image. Each service maps the reason to its own
 * problem type and message (a product photo's "too many pixels" is a 422 in the catalog, an after-sale photo's a
 * 413 in orders); nothing here knows HTTP.
 */
public class ImageRejectedException extends RuntimeException {

    public enum Reason {
        /** Not one of the accepted formats by its magic bytes, or corrupt/truncated behind them. */
        NOT_AN_IMAGE,
        /** The header declares more pixels, or a longer side, than the limits allow; nothing was decoded. */
        TOO_MANY_PIXELS,
        /** No decoding slot became free in time, or the decoder ran out of memory: try again later. */
        BUSY
    }

    private final Reason reason;
    private final int width;
    private final int height;

    public ImageRejectedException(Reason reason, String message) {
        this(reason, 0, 0, message, null);
    }

    public ImageRejectedException(Reason reason, int width, int height, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
        this.width = width;
        this.height = height;
    }

    public Reason reason() {
        return reason;
    }

    /** The width the header declared (0 when not read yet). */
    public int width() {
        return width;
    }

    /** The height the header declared (0 when not read yet). */
    public int height() {
        return height;
    }
}
