package cn.huinong.market.common.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.image.ContentSniffer.Kind;
import cn.huinong.market.common.image.ImageRejectedException.Reason;
import cn.huinong.market.common.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePipelineTest {

    private static final Set<Kind> PHOTOS = Set.of(Kind.JPEG, Kind.PNG);

    private final ImagePipeline pipeline = new ImagePipeline(new ImageLimits(40_000_000, 12_000), 2,
            Duration.ofSeconds(5));

    @TempDir Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static BufferedImage decode(EncodedImage image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image.bytes()));
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + n.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + n.length, n, 0, n.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theFormatComesFromTheMagicBytesNotTheName() throws IOException {
        assertEquals(Optional.of(Kind.JPEG), ContentSniffer.sniff(file("a.png", TestImages.jpeg(
                TestImages.picture(8, 8, false), 0.9f))));
        assertEquals(Optional.of(Kind.PNG), ContentSniffer.sniff(file("a.jpg", TestImages.png(
                TestImages.picture(8, 8, false)))));
        assertEquals(Optional.of(Kind.PDF), ContentSniffer.sniff(file("scan", "%PDF-1.7\n".getBytes())));
        Path text = file("photo.jpg", "not a photo at all".getBytes());
        assertEquals(Optional.empty(), ContentSniffer.sniff(text));

        ImageRejectedException refused = refusal(pipeline, text);
        assertEquals(Reason.NOT_AN_IMAGE, refused.reason());
        // A real format that the caller does not accept is refused the same way.
        Path pdf = file("scan.pdf", "%PDF-1.7\n".getBytes());
        assertEquals(Reason.NOT_AN_IMAGE,
                refusal(pipeline, pdf).reason());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
        Path bomb = file("bomb.png", TestImages.pngBomb(100_000, 100_000));
        assertFalse(Files.size(bomb) > 1024, "the bomb is tiny");
        ImageRejectedException refused = refusal(pipeline, bomb);
        assertEquals(Reason.TOO_MANY_PIXELS, refused.reason());
        assertEquals(100_000, refused.width());
        assertEquals(100_000, refused.height());

        Path strip = file("strip.png", TestImages.pngBomb(13_000, 1));
        assertEquals(Reason.TOO_MANY_PIXELS, refusal(pipeline, strip).reason(), "a side longer than allowed");
        // Only a pixel count: the same strip passes the side check and is refused only as a corrupt image.
        ImagePipeline pixelsOnly = new ImagePipeline(ImageLimits.pixels(40_000_000), 1, Duration.ofSeconds(5));
        assertEquals(Reason.NOT_AN_IMAGE, refusal(pixelsOnly, strip).reason());
    }

    @Test
    void corruptDataBehindValidMagicBytesIsNotAnImage() throws IOException {
        byte[] jpeg = TestImages.jpeg(TestImages.picture(200, 100, true), 0.9f);
        Path truncated = file("cut.jpg", Arrays.copyOf(jpeg, 120));
        assertEquals(Reason.NOT_AN_IMAGE, refusal(pipeline, truncated).reason());
    }

    @Test
    void aPhotoIsTurnedUprightAndLosesItsMetadata() throws IOException {
        byte[] landscape = TestImages.jpeg(TestImages.picture(64, 32, false), 0.9f);
        Path photo = file("gps.jpg", TestImages.withGpsExif(landscape, 6));
        assertTrue(contains(Files.readAllBytes(photo), "HuinongCam"), "the test photo carries EXIF");

        EncodedImage clean = pipeline.clean(photo, PHOTOS, 1000, 0.85f);

        assertEquals(Kind.JPEG, clean.format());
        assertEquals("image/jpeg", clean.mediaType());
        assertEquals(32, clean.width(), "EXIF orientation 6: turned to portrait");
        assertEquals(64, clean.height());
        BufferedImage pixels = decode(clean);
        assertEquals(32, pixels.getWidth());
        assertFalse(contains(clean.bytes(), "Exif"), "no EXIF segment");
        assertFalse(contains(clean.bytes(), "HuinongCam"), "no camera make");
    }

    @Test
    void theLongSideIsCappedAndNothingIsEnlarged() throws IOException {
        Path big = file("big.jpg", TestImages.jpeg(TestImages.picture(400, 200, true), 0.9f));
        EncodedImage fitted = pipeline.clean(big, PHOTOS, 100, 0.85f);
        assertEquals(100, fitted.width());
        assertEquals(50, fitted.height());
        assertEquals(100, decode(fitted).getWidth());

        Path small = file("small.jpg", TestImages.jpeg(TestImages.picture(80, 40, true), 0.9f));
        EncodedImage kept = pipeline.clean(small, PHOTOS, 100, 0.85f);
        assertEquals(80, kept.width());
        assertEquals(40, kept.height());
    }

    @Test
    void aPngStaysAPngWithItsTransparencyWhileJpegsAreFlattenedOntoWhite() throws IOException {
        BufferedImage transparent = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        transparent.setRGB(0, 0, 0xFF_C0_30_20);
        Path png = file("t.png", TestImages.png(transparent));

        EncodedImage clean = pipeline.clean(png, PHOTOS, 1000, 0.85f);
        assertEquals(Kind.PNG, clean.format());
        assertEquals("image/png", clean.mediaType());
        BufferedImage decoded = decode(clean);
        assertEquals(0, decoded.getRGB(5, 5) >>> 24, "still transparent");
        assertEquals(0xFF, decoded.getRGB(0, 0) >>> 24, "the opaque pixel stays opaque");

        ImagePipeline.Variants variants = pipeline.jpegVariants(png, PHOTOS, List.of(40), 0.95f);
        BufferedImage jpeg = decode(variants.variants().get(0).image());
        int rgb = jpeg.getRGB(20, 10) & 0xFFFFFF;
        assertTrue((rgb >> 16 & 0xFF) > 240 && (rgb >> 8 & 0xFF) > 240 && (rgb & 0xFF) > 240,
                "transparent became white, not black: " + Integer.toHexString(rgb));
    }

    @Test
    void variantsComeAtEachWidthNarrowestFirstNeverWiderThanTheImage() throws IOException {
        Path photo = file("p.png", TestImages.png(TestImages.picture(400, 300, true)));
        ImagePipeline.Variants variants = pipeline.jpegVariants(photo, Set.of(Kind.JPEG, Kind.PNG, Kind.WEBP),
                List.of(640, 160, 320, 160), 0.85f);

        assertEquals(Kind.PNG, variants.source());
        assertEquals(400, variants.width());
        assertEquals(300, variants.height());
        assertEquals(List.of(160, 320, 640),
                variants.variants().stream().map(ImagePipeline.Variant::requestedWidth).toList());
        assertArrayEquals(new int[]{160, 320, 400},
                variants.variants().stream().mapToInt(v -> v.image().width()).toArray());
        assertArrayEquals(new int[]{120, 240, 300},
                variants.variants().stream().mapToInt(v -> v.image().height()).toArray());
        for (ImagePipeline.Variant variant : variants.variants()) {
            assertEquals(Kind.JPEG, variant.image().format());
            assertEquals(variant.image().width(), decode(variant.image()).getWidth());
        }
    }

    @Test
    void whenEverySlotIsTakenTheNextCallerIsBusy() {
        ImagePipeline oneSlot = new ImagePipeline(ImageLimits.pixels(1_000_000), 1, Duration.ZERO);
        oneSlot.acquireSlot();
        assertEquals(Reason.BUSY, assertThrows(ImageRejectedException.class, oneSlot::acquireSlot).reason());
    }

    /** Cleaning this file as a photo must fail: the refusal, to inspect. */
    private static ImageRejectedException refusal(ImagePipeline pipeline, Path file) {
        return assertThrows(ImageRejectedException.class, () -> pipeline.clean(file, PHOTOS, 1000, 0.85f));
    }
}
