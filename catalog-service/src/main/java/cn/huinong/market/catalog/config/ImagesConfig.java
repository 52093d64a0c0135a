package cn.huinong.market.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Limits and shapes of product images ({@code huinong.catalog.images.*}). */
@ConfigMapping(prefix = "huinong.catalog.images")
public interface ImagesConfig {

    /** Largest upload accepted, in bytes (checked before download and again while streaming it). */
    @WithDefault("10485760")
    long maxBytes();

    /** Most pixels (width × height) an upload may declare; read from the header before any decoding. */
    @WithDefault("40000000")
    long maxPixels();

    /** Longest side accepted, whatever the pixel count (a 1 × 40,000,000 strip is no product photo). */
    @WithDefault("12000")
    int maxSide();

    /** Widths of the JPEG variants stored and listed; never larger than the original (no upscaling). */
    @WithDefault("160,320,640")
    List<Integer> variantWidths();

    /** JPEG quality of the variants, 0..1. */
    @WithDefault("0.85")
    float jpegQuality();

    /** How long the seller's presigned PUT URL works. */
    @WithDefault("PT10M")
    Duration uploadUrlExpiry();

    /** How long a listed (presigned GET) variant URL works; the buyer's page re-reads the list after that. */
    @WithDefault("PT6H")
    Duration viewUrlExpiry();

    /**
     * When set (e.g. a CDN in front of a bucket prefix {@code products/} readable by anyone), variant URLs are
     * this base plus the object key instead of presigned GET URLs.
     */
    Optional<String> publicBaseUrl();

    /** Uploads never completed are dropped after this long (their object deleted, the image REJECTED). */
    @WithDefault("PT2H")
    Duration pendingTtl();

    /** Most images (ready or being uploaded) one product may have. */
    @WithDefault("12")
    int maxPerProduct();

    /** How many images are decoded at once; each 40 MP decode can take ~160 MB of heap. */
    @WithDefault("2")
    int maxConcurrent();

    /** How long a completion waits for a free decoding slot before answering 503. */
    @WithDefault("PT20S")
    Duration queueWait();
}
