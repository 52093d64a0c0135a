package cn.huinong.market.orders.aftersale;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Re-encodes a buyer's photo before anyone else sees it: the pixels stay (turned upright by their EXIF
 * orientation), the metadata — the GPS position of the buyer's home, the phone's serial number — does not, and a
 * 12 MP phone photo shrinks to {@code photo-long-side} pixels so a seller on a weak network can open it. The pixel
 * count is read from the header first, so a decompression bomb is refused before it is decoded.
 */
@ApplicationScoped
public class PhotoCleaner {

    static {
        ImageIO.setUseCache(false);
    }

    @Inject AfterSaleConfig config;

    public record Clean(byte[] bytes, String contentType) {
    }

    /** @param type the sniffed type, {@code image/jpeg} or {@code image/png} */
    public Clean clean(Path file, String type) {
        long[] size = dimensions(file);
        if (size[0] * size[1] > config.maxPhotoPixels()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "detail.after-sale.photo-too-many-pixels",
                    config.maxPhotoPixels() / 1_000_000);
        }
        boolean png = "image/png".equals(type);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            var builder = Thumbnails.of(file.toFile());
            if (Math.max(size[0], size[1]) > config.photoLongSide()) {
                builder.size(config.photoLongSide(), config.photoLongSide());
            } else {
                builder.scale(1.0);
            }
            builder.outputFormat(png ? "png" : "jpg");
            if (!png) {
                builder.outputQuality(0.85);
            }
            builder.toOutputStream(out);
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.after-sale.photo-unreadable");
        }
        return new Clean(out.toByteArray(), png ? "image/png" : "image/jpeg");
    }

    private static long[] dimensions(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.after-sale.photo-unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new long[]{reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.after-sale.photo-unreadable");
        }
    }
}
