package cn.huinong.market.common.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells a file's real format from its first bytes (magic numbers), never from its name or declared type:
 * a text file renamed {@code .jpg} is not a JPEG.
 */
public final class ContentSniffer {

    public enum Kind {

        JPEG("jpeg", "image/jpeg", "jpg"),
        PNG("png", "image/png", "png"),
        WEBP("webp", "image/webp", "webp"),
        PDF("pdf", "application/pdf", "pdf");

        /** The ImageIO format name (readers and writers). */
        public final String imageIoName;
        public final String mediaType;
        public final String extension;

        Kind(String imageIoName, String mediaType, String extension) {
            this.imageIoName = imageIoName;
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private ContentSniffer() {
    }

    /** The file's format, or empty when it is none of these (or cannot be read). */
    public static Optional<Kind> sniff(Path file) {
        byte[] head = new byte[16];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0;) {
                n += r;
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return sniff(head, n);
    }

    /** The format of data starting with the first {@code n} bytes of {@code b} (16 are enough). */
    public static Optional<Kind> sniff(byte[] b, int n) {
        if (n >= 3 && u(b[0]) == 0xFF && u(b[1]) == 0xD8 && u(b[2]) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (n >= 8 && u(b[0]) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(Kind.PNG);
        }
        if (n >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(Kind.WEBP);
        }
        if (n >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of(Kind.PDF);
        }
        return Optional.empty();
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
