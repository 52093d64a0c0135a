package cn.huinong.market.catalog.service;

import cn.huinong.market.catalog.config.ImagesConfig;
import cn.huinong.market.catalog.service.ContentSniffer.Kind;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
import org.jboss.logging.Logger;

/**
 * Turns an uploaded file into small JPEG variants, or refuses it. In this order: the real format from the
 * magic bytes (JPEG, PNG, WebP); the dimensions from the header only, refused above the pixel limit before a
 * single pixel is decoded (a 50 KB PNG can claim 100,000 × 100,000 pixels); only then decoding, turning by the
 * EXIF orientation, flattening onto white, and re-encoding the pixels — which leaves every piece of metadata
 * (EXIF with GPS position, camera serial, XMP, comments) behind. Blocking and memory-hungry: a semaphore
 * bounds how many run at once.
 */
@ApplicationScoped
public class ImageProcessor {

    private static final Logger LOG = Logger.getLogger(ImageProcessor.class);
    private static final Set<Kind> IMAGES = Set.of(Kind.JPEG, Kind.PNG, Kind.WEBP);

    public record Variant(int bucket, int width, int height, byte[] jpeg) {
    }

    public record Processed(Kind format, int width, int height, List<Variant> variants) {
    }

    @Inject ImagesConfig config;

    private Semaphore slots;

    @PostConstruct
    void init() {
        // ImageIO finds plugins (TwelveMonkeys' WebP and JPEG readers) through the context class loader of the
        // first thread that touches it; scan again from ours so they are found whichever thread came first.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(ImageProcessor.class.getClassLoader());
            ImageIO.scanForPlugins();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        ImageIO.setUseCache(false);
        slots = new Semaphore(Math.max(1, config.maxConcurrent()), true);
        if (!ImageIO.getImageReadersByFormatName("webp").hasNext()) {
            LOG.warn("No WebP reader found: WebP uploads will be refused");
        }
    }

    public Processed process(Path file) {
        Kind kind = ContentSniffer.sniff(file).filter(IMAGES::contains)
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "detail.image-not-image"));
        try {
            if (!slots.tryAcquire(config.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.image-busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.image-busy");
        }
        try {
            return decodeAndScale(file, kind);
        } finally {
            slots.release();
        }
    }

    private Processed decodeAndScale(Path file, Kind kind) {
        ImageReader reader = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.imageIoName);
            if (in == null || !readers.hasNext()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "detail.image-not-image");
            }
            reader = readers.next();
            reader.setInput(in, false, false);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkDimensions(width, height);
            Orientation orientation = kind == Kind.JPEG ? orientation(reader) : null;
            BufferedImage pixels = reader.read(0);
            if (pixels.getWidth() != width || pixels.getHeight() != height) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "detail.image-not-image");
            }
            BufferedImage upright = flatten(orientation == null || orientation == Orientation.TOP_LEFT ? pixels
                    : ExifFilterUtils.getFilterForOrientation(orientation).apply(pixels));
            pixels.flush();
            return new Processed(kind, upright.getWidth(), upright.getHeight(), variants(upright));
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Truncated or corrupt data behind valid magic bytes, or a reader refusing what it cannot handle.
            LOG.debugf(e, "Image refused while decoding");
            throw new ProblemException(ProblemType.UNPROCESSABLE, "detail.image-not-image");
        } catch (OutOfMemoryError e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.image-busy");
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    void checkDimensions(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "detail.image-not-image");
        }
        if ((long) width * height > config.maxPixels() || Math.max(width, height) > config.maxSide()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "detail.image-too-many-pixels", width, height,
                    config.maxPixels() / 1_000_000);
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (Exception | LinkageError unreadable) {
            return null; // broken EXIF: keep the pixels as they are stored
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

    /** Largest first, each from the previous one (cheaper than from the original and as sharp at these sizes). */
    private List<Variant> variants(BufferedImage upright) throws IOException {
        List<Integer> buckets = config.variantWidths().stream().distinct().sorted(Comparator.reverseOrder()).toList();
        List<Variant> variants = new ArrayList<>();
        BufferedImage source = upright;
        for (int bucket : buckets) {
            int width = Math.min(bucket, upright.getWidth());
            BufferedImage scaled = width == source.getWidth() ? source
                    : Thumbnails.of(source).width(width).asBufferedImage();
            variants.add(new Variant(bucket, scaled.getWidth(), scaled.getHeight(), jpeg(scaled)));
            source = scaled;
        }
        variants.sort(Comparator.comparingInt(Variant::bucket));
        return variants;
    }

    private byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(config.jpegQuality());
            // No metadata passed: the writer emits a bare JFIF header and nothing of the upload's.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
