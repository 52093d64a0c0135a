package cn.huinong.market.catalog.image;

import cn.huinong.market.catalog.config.ImagesConfig;
import cn.huinong.market.common.image.ContentSniffer.Kind;
import cn.huinong.market.common.image.ImageLimits;
import cn.huinong.market.common.image.ImagePipeline;
import cn.huinong.market.common.image.ImageRejectedException;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Product photos through common's {@link ImagePipeline}: JPEG, PNG or WebP in, the configured JPEG widths out,
 * metadata gone. Refusals become the catalog's problems (422 not an image / too many pixels, 503 busy).
 */
@ApplicationScoped
public class ImageProcessor {

    private static final Logger LOG = Logger.getLogger(ImageProcessor.class);
    private static final Set<Kind> IMAGES = Set.of(Kind.JPEG, Kind.PNG, Kind.WEBP);

    @Inject ImagesConfig config;

    private ImagePipeline pipeline;

    @PostConstruct
    void init() {
        pipeline = new ImagePipeline(new ImageLimits(config.maxPixels(), config.maxSide()), config.maxConcurrent(),
                config.queueWait());
        if (!ImagePipeline.canRead(Kind.WEBP)) {
            LOG.warn("No WebP reader found: WebP uploads will be refused");
        }
    }

    public ImagePipeline.Variants process(Path file) {
        try {
            return pipeline.jpegVariants(file, IMAGES, config.variantWidths(), config.jpegQuality());
        } catch (ImageRejectedException refused) {
            LOG.debugf(refused.getCause(), "Image refused: %s", refused.getMessage());
            throw switch (refused.reason()) {
                case NOT_AN_IMAGE -> new ProblemException(ProblemType.UNPROCESSABLE, "detail.image-not-image");
                case TOO_MANY_PIXELS -> new ProblemException(ProblemType.UNPROCESSABLE, "detail.image-too-many-pixels",
                        refused.width(), refused.height(), config.maxPixels() / 1_000_000);
                case BUSY -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.image-busy");
            };
        }
    }
}
