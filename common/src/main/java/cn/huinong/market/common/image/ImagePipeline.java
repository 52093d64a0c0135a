package cn.huinong.market.common.image;

import cn.huinong.market.common.image.ContentSniffer.Kind;
import cn.huinong.market.common.image.ImageRejectedException.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * The platform's one way to turn an uploaded picture into clean pixels, or refuse it. In this order: the real
 * format from the magic bytes ({@link ContentSniffer}), never the name or declared type; the dimensions from the
 * header only, refused above the {@link ImageLimits} before a single pixel is decoded; decoding; turning upright by
 * the EXIF orientation; scaling; and re-encoding the pixels alone — which leaves every piece of metadata (EXIF with
 * the GPS position, camera serial, XMP, comments) behind. JPEG output is flattened onto white (JPEG has no alpha);
 * PNG output keeps transparency.
 *
 * <p>Decoding is blocking and memory-hungry (a 40 MP image takes ~160 MB), so a fair semaphore bounds how many run
 * at once; a caller that waits longer than {@code queueWait} for a slot is refused as {@link Reason#BUSY}. Every
 * failure is an {@link ImageRejectedException} whose {@link Reason} each service maps to its own problem.
 * Thread-safe; make one per use (its limits and slots) and keep it.
 */
public final class ImagePipeline {

    static {
        // ImageIO finds plugins (TwelveMonkeys' WebP and JPEG readers) through the context class loader of the
        // first thread that touches it; scan again from ours so they are found whichever thread came first.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(ImagePipeline.class.getClassLoader());
            ImageIO.scanForPlugins();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        ImageIO.setUseCache(false);
    }

    /** A JPEG of one of the requested widths ({@code width} is what was asked, the image may be narrower). */
    public record Variant(int requestedWidth, EncodedImage image) {
    }

    /** What {@link #jpegVariants} made: the source's format and upright size, and one JPEG per requested width. */
    public record Variants(Kind source, int width, int height, List<Variant> variants) {
    }

    private final ImageLimits limits;
    private final Semaphore slots;
    private final Duration queueWait;

    public ImagePipeline(ImageLimits limits, int maxConcurrent, Duration queueWait) {
        this.limits = limits;
        this.slots = new Semaphore(Math.max(1, maxConcurrent), true);
        this.queueWait = queueWait;
    }

    /** Whether this JVM can decode the format (WebP needs TwelveMonkeys' reader on the class path). */
    public static boolean canRead(Kind kind) {
        return ImageIO.getImageReadersByFormatName(kind.imageIoName).hasNext();
    }

    /**
     * One clean copy, at most {@code maxLongSide} pixels on its long side (never enlarged): a PNG stays a PNG (with
     * its transparency), anything else becomes a JPEG of {@code jpegQuality} (0..1). For photos people attach.
     */
    public EncodedImage clean(Path file, Set<Kind> accepted, int maxLongSide, float jpegQuality) {
        return withUprightPixels(file, accepted, (kind, upright) -> {
            BufferedImage fitted = fitLongSide(upright, maxLongSide);
            return kind == Kind.PNG ? png(fitted) : jpeg(fitted, jpegQuality);
        });
    }

    /**
     * JPEGs of the given widths (each never wider than the image), for listings. Made largest first, each from the
     * previous one (cheaper than from the original and as sharp at these sizes); returned narrowest first.
     */
    public Variants jpegVariants(Path file, Set<Kind> accepted, List<Integer> widths, float jpegQuality) {
        return withUprightPixels(file, accepted, (kind, upright) -> {
            List<Integer> largestFirst = widths.stream().distinct().sorted(Comparator.reverseOrder()).toList();
            List<Variant> variants = new ArrayList<>();
            BufferedImage source = upright;
            for (int requested : largestFirst) {
                int width = Math.min(requested, upright.getWidth());
                BufferedImage scaled = width == source.getWidth() ? source : scale(source, width, Integer.MAX_VALUE);
                variants.add(new Variant(requested, jpeg(scaled, jpegQuality)));
                source = scaled;
            }
            variants.sort(Comparator.comparingInt(Variant::requestedWidth));
            return new Variants(kind, upright.getWidth(), upright.getHeight(), List.copyOf(variants));
        });
    }

    private interface PixelWork<T> {

        T apply(Kind kind, BufferedImage upright) throws IOException;
    }

    /** Sniffs, waits for a slot, checks the header, decodes, turns upright, then runs {@code work} in the slot. */
    private <T> T withUprightPixels(Path file, Set<Kind> accepted, PixelWork<T> work) {
        Kind kind = ContentSniffer.sniff(file).filter(accepted::contains)
                .orElseThrow(() -> new ImageRejectedException(Reason.NOT_AN_IMAGE, "Not an accepted image format"));
        acquireSlot();
        try {
            BufferedImage upright = decodeUpright(file, kind);
            return work.apply(kind, upright);
        } catch (ImageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Truncated or corrupt data behind valid magic bytes, or a reader refusing what it cannot handle.
            throw new ImageRejectedException(Reason.NOT_AN_IMAGE, 0, 0, "Cannot decode the image", e);
        } catch (OutOfMemoryError e) {
            throw new ImageRejectedException(Reason.BUSY, 0, 0, "Out of memory while decoding", null);
        } finally {
            slots.release();
        }
    }

    void acquireSlot() {
        try {
            if (!slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImageRejectedException(Reason.BUSY, "No decoding slot free within " + queueWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageRejectedException(Reason.BUSY, "Interrupted while waiting for a decoding slot");
        }
    }

    private BufferedImage decodeUpright(Path file, Kind kind) throws IOException {
        ImageReader reader = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.imageIoName);
            if (in == null || !readers.hasNext()) {
                throw new ImageRejectedException(Reason.NOT_AN_IMAGE, "No reader for " + kind);
            }
            reader = readers.next();
            reader.setInput(in, false, false);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkHeader(width, height);
            Orientation orientation = kind == Kind.JPEG ? orientation(reader) : null;
            BufferedImage pixels = reader.read(0);
            if (pixels.getWidth() != width || pixels.getHeight() != height) {
                throw new ImageRejectedException(Reason.NOT_AN_IMAGE, "Decoded size differs from the header");
            }
            if (orientation == null || orientation == Orientation.TOP_LEFT) {
                return pixels;
            }
            BufferedImage upright = ExifFilterUtils.getFilterForOrientation(orientation).apply(pixels);
            pixels.flush();
            return upright;
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /** The check on the header's dimensions, before decoding. */
    void checkHeader(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new ImageRejectedException(Reason.NOT_AN_IMAGE, "Empty image");
        }
        if (!limits.allow(width, height)) {
            throw new ImageRejectedException(Reason.TOO_MANY_PIXELS, width, height,
                    "Declares " + width + " × " + height + " pixels, above " + limits, null);
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (Exception | LinkageError unreadable) {
            return null; // broken EXIF: keep the pixels as they are stored
        }
    }

    private static BufferedImage fitLongSide(BufferedImage image, int maxLongSide) {
        if (Math.max(image.getWidth(), image.getHeight()) <= maxLongSide) {
            return image;
        }
        return scale(image, maxLongSide, maxLongSide);
    }

    private static BufferedImage scale(BufferedImage image, int maxWidth, int maxHeight) {
        try {
            var builder = Thumbnails.of(image);
            return (maxHeight == Integer.MAX_VALUE ? builder.width(maxWidth) : builder.size(maxWidth, maxHeight))
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG has no alpha: transparent pixels become white (not black), palettes and grey become RGB. */
    private static BufferedImage flatten(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static EncodedImage jpeg(BufferedImage image, float quality) throws IOException {
        BufferedImage rgb = flatten(image);
        return encode(Kind.JPEG, rgb, writer -> {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            return param;
        });
    }

    private static EncodedImage png(BufferedImage image) throws IOException {
        return encode(Kind.PNG, image, ImageWriter::getDefaultWriteParam);
    }

    /** No metadata is passed to the writer: it emits a bare header and nothing of the upload's. */
    private static EncodedImage encode(Kind kind, BufferedImage image, Function<ImageWriter, ImageWriteParam> params)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(kind.imageIoName).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), params.apply(writer));
        } finally {
            writer.dispose();
        }
        return new EncodedImage(kind, image.getWidth(), image.getHeight(), bytes.toByteArray());
    }
}
