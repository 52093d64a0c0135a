package cn.huinong.market.orders.aftersale;

import cn.huinong.market.common.image.ContentSniffer;
import cn.huinong.market.common.image.ContentSniffer.Kind;
import cn.huinong.market.common.image.EncodedImage;
import cn.huinong.market.common.image.ImageLimits;
import cn.huinong.market.common.image.ImagePipeline;
import cn.huinong.market.common.image.ImageRejectedException;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Re-encodes a buyer's photo before anyone else sees it, through the platform's one image pipeline (common's
 * {@link ImagePipeline}): the type comes from the bytes, the pixel count from the header before decoding (a
 * decompression bomb is refused), the pixels are turned upright, and the metadata — the GPS position of the
 * buyer's home, the phone's serial number — is left behind; a 12 MP phone photo shrinks to {@code photo-long-side}
 * pixels so a seller on a weak network can open it.
 */
@ApplicationScoped
public class PhotoCleaner {

    private static final Set<Kind> PHOTOS = Set.of(Kind.JPEG, Kind.PNG);
    /** Decoding a phone photo takes tens of MB: two at a time is what a 2-core service can afford. */
    private static final int AT_ONCE = 2;

    @Inject AfterSaleConfig config;

    private ImagePipeline pipeline;

    public record Clean(byte[] bytes, String contentType) {
    }

    @PostConstruct
    void init() {
        pipeline = new ImagePipeline(ImageLimits.pixels(config.maxPhotoPixels()), AT_ONCE, Duration.ofSeconds(20));
    }

    /** The photo's type by its first bytes: JPEG or PNG, or a 415. */
    public Kind type(Path file) {
        return ContentSniffer.sniff(file).filter(PHOTOS::contains)
                .orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "detail.after-sale.photo-type"));
    }

    public Clean clean(Path file) {
        try {
            EncodedImage clean = pipeline.clean(file, PHOTOS, config.photoLongSide(), 0.85f);
            return new Clean(clean.bytes(), clean.mediaType());
        } catch (ImageRejectedException e) {
            throw switch (e.reason()) {
                case TOO_MANY_PIXELS -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "detail.after-sale.photo-too-many-pixels", config.maxPhotoPixels() / 1_000_000);
                case NOT_AN_IMAGE -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "detail.after-sale.photo-unreadable");
                case BUSY -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.after-sale.photo-busy");
            };
        }
    }
}
