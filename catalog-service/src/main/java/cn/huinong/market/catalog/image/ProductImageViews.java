package cn.huinong.market.catalog.image;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The request and response shapes of the product image API. */
public final class ProductImageViews {

    private ProductImageViews() {
    }

    /** Optional body of the upload request: a client-chosen id makes a retried request safe. */
    public record UploadRequest(UUID imageId) {
    }

    /** Where to PUT the bytes (any content type; the service looks at the bytes, not at the header). */
    public record Upload(UUID imageId, String uploadUrl, OffsetDateTime expiresAt, long maxBytes) {
    }

    /** A ready image: URLs of its small JPEG variants by width bucket ("160", "320", "640"). */
    public record Image(UUID imageId, int position, int width, int height, Map<String, String> variants,
            OffsetDateTime urlsExpireAt) {
    }

    public record ImageList(List<Image> items, String nextCursor) {
    }

    public record Order(@NotNull @Size(max = 100) List<@NotNull UUID> imageIds) {
    }
}
