package cn.huinong.market.catalog.image;

import cn.huinong.market.catalog.config.ImagesConfig;
import cn.huinong.market.catalog.image.ProductImageViews.Image;
import cn.huinong.market.catalog.image.ProductImageViews.ImageList;
import cn.huinong.market.catalog.image.ProductImageViews.Upload;
import cn.huinong.market.catalog.product.Product;
import cn.huinong.market.catalog.product.ProductOwnership;
import cn.huinong.market.catalog.product.ProductService;
import cn.huinong.market.catalog.shop.Ownership;
import cn.huinong.market.catalog.storage.StoredObjects;
import cn.huinong.market.common.image.ImagePipeline;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Product images: presigned upload, completion (check, strip, scale, store), listing, deleting, reordering.
 * Each step touching the S3 store or decoding runs outside a database transaction, so no connection is held
 * while bytes move.
 */
@ApplicationScoped
public class ProductImageService {

    private static final Logger LOG = Logger.getLogger(ProductImageService.class);
    private static final String WHAT = "image";

    @Inject Clock clock;

    @Inject ProductImageRepository images;

    @Inject ProductService products;

    @Inject Ownership ownership;

    @Inject ProductOwnership owned;

    @Inject StoredObjects objects;

    @Inject ImageProcessor processor;

    @Inject ImagesConfig config;

    public Upload startUpload(UUID productId, UUID requestedId) {
        UUID imageId = requestedId == null ? UUID.randomUUID() : requestedId;
        String uploadKey = QuarkusTransaction.requiringNew().call(() -> {
            owned.product(productId);
            ProductImage existing = images.findById(imageId);
            if (existing != null) {
                if (existing.productId.equals(productId) && existing.status == ProductImageStatus.PENDING) {
                    return existing.uploadKey; // a retry: hand out a fresh URL for the same upload
                }
                throw ProblemException.alreadyExists(WHAT, imageId);
            }
            if (images.live(productId) >= config.maxPerProduct()) {
                throw ProblemException.conflict("detail.image-limit", config.maxPerProduct());
            }
            ProductImage image = new ProductImage();
            image.id = imageId;
            image.productId = productId;
            image.status = ProductImageStatus.PENDING;
            image.uploadKey = "uploads/images/" + imageId;
            image.createdBy = ownership.caller();
            image.createdAt = now();
            image.updatedAt = image.createdAt;
            images.persist(image);
            return image.uploadKey;
        });
        StoredObjects.PresignedUrl url = objects.presignPut(uploadKey, config.uploadUrlExpiry());
        return new Upload(imageId, url.url(), url.expiresAt(), config.maxBytes());
    }

    /**
     * Checks and processes the uploaded bytes. A refused upload is deleted from the bucket and the image marked
     * REJECTED (its reason kept); completing a READY image again just returns it.
     */
    public Image complete(UUID productId, UUID imageId) {
        ProductImage pending = QuarkusTransaction.requiringNew().call(() -> {
            ProductImage image = mine(productId, imageId);
            if (image.status == ProductImageStatus.REJECTED) {
                throw ProblemException.conflict("detail.image-rejected");
            }
            return image;
        });
        if (pending.status == ProductImageStatus.READY) {
            return view(pending);
        }
        ImagePipeline.Variants processed;
        long started = System.nanoTime();
        try (StoredObjects.Download upload = objects.download(pending.uploadKey, config.maxBytes(),
                "detail.image-upload-missing", "detail.image-too-large")) {
            processed = processor.process(upload.file());
            pending.sourceBytes = upload.size();
        } catch (ProblemException refused) {
            // A missing upload stays PENDING: the client may still PUT it and complete again.
            if (refused.type().status() < 500 && !"detail.image-upload-missing".equals(refused.detailKey())) {
                reject(pending, refused);
            }
            throw refused;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (ImagePipeline.Variant variant : processed.variants()) {
            String key = "products/" + productId + "/images/" + imageId + "/" + variant.requestedWidth() + ".jpg";
            objects.put(key, variant.image().bytes(), variant.image().mediaType());
            keys.put(String.valueOf(variant.requestedWidth()), key);
        }
        long sourceBytes = pending.sourceBytes;
        ProductImage ready = QuarkusTransaction.requiringNew().call(() -> {
            ProductImage image = images.findById(imageId);
            if (image == null || image.status != ProductImageStatus.PENDING) {
                // Deleted or completed by a twin request meanwhile: ours is redundant.
                throw ProblemException.conflict("detail.image-not-pending");
            }
            int position = images.nextPosition(productId); // before any change: the query flushes
            image.status = ProductImageStatus.READY;
            image.position = position;
            image.variantKeys = keys;
            image.sourceFormat = processed.source().name();
            image.sourceBytes = sourceBytes;
            image.width = processed.width();
            image.height = processed.height();
            image.updatedAt = now();
            images.flush();
            return image;
        });
        objects.deleteQuietly(pending.uploadKey);
        LOG.infof("Image %s of product %s ready: %s %dx%d, %d bytes, %d ms", imageId, productId,
                processed.source(), processed.width(), processed.height(), sourceBytes,
                (System.nanoTime() - started) / 1_000_000);
        return view(ready);
    }

    private void reject(ProductImage pending, ProblemException reason) {
        objects.deleteQuietly(pending.uploadKey);
        QuarkusTransaction.requiringNew().run(() -> {
            ProductImage image = images.findById(pending.id);
            if (image != null && image.status == ProductImageStatus.PENDING) {
                image.status = ProductImageStatus.REJECTED;
                image.rejectReason = reason.detailKey();
                image.updatedAt = now();
            }
        });
    }

    /** Buyers (anyone) see the images of a product on sale; its shop's owner and admins see them always. */
    public ImageList list(UUID productId) {
        List<ProductImage> ready = QuarkusTransaction.requiringNew().call(() -> {
            Product product = products.find(productId)
                    .orElseThrow(() -> ProblemException.notFound("product", productId));
            if (!products.visibleToBuyers(product)) {
                owned.product(productId);
            }
            return images.ready(productId);
        });
        return new ImageList(ready.stream().map(this::view).toList(), null);
    }

    /** The list's ETag: changes whenever images are added, removed or reordered. */
    public String listETag(UUID productId) {
        return ETags.of(orderVersion(QuarkusTransaction.requiringNew().call(() -> images.ready(productId))));
    }

    public void delete(UUID productId, UUID imageId) {
        ProductImage image = QuarkusTransaction.requiringNew().call(() -> {
            ProductImage found = mine(productId, imageId);
            images.delete(found);
            if (found.status == ProductImageStatus.READY) {
                int position = 0;
                for (ProductImage other : images.ready(productId)) {
                    if (!other.id.equals(imageId)) {
                        other.position = position++;
                    }
                }
            }
            return found;
        });
        objects.deleteQuietly(image.uploadKey);
        if (image.variantKeys != null) {
            image.variantKeys.values().forEach(objects::deleteQuietly);
        }
    }

    /** Puts the product's ready images in the given order, which must name each of them exactly once. */
    public ImageList reorder(UUID productId, String ifMatch, List<UUID> order) {
        QuarkusTransaction.requiringNew().run(() -> {
            owned.product(productId);
            List<ProductImage> ready = images.ready(productId);
            ETags.requireCurrent(ifMatch, orderVersion(ready),
                    () -> new ImageList(ready.stream().map(this::view).toList(), null));
            Set<UUID> current = new HashSet<>();
            ready.forEach(i -> current.add(i.id));
            if (order.size() != ready.size() || !current.equals(new HashSet<>(order))) {
                throw ProblemException.invalidField("imageIds", "detail.image-order-mismatch");
            }
            Map<UUID, ProductImage> byId = new LinkedHashMap<>();
            ready.forEach(i -> byId.put(i.id, i));
            for (int i = 0; i < order.size(); i++) {
                ProductImage image = byId.get(order.get(i));
                image.position = i;
                image.updatedAt = now();
            }
        });
        return list(productId);
    }

    /** Drops uploads nobody completed: they would otherwise count against the limit and fill the bucket. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void dropAbandonedUploads() {
        OffsetDateTime cutoff = now().minus(config.pendingTtl());
        List<ProductImage> stale = QuarkusTransaction.requiringNew().call(() -> images.pendingBefore(cutoff, 200));
        for (ProductImage image : stale) {
            objects.deleteQuietly(image.uploadKey);
            QuarkusTransaction.requiringNew().run(() -> {
                ProductImage current = images.findById(image.id);
                if (current != null && current.status == ProductImageStatus.PENDING) {
                    current.status = ProductImageStatus.REJECTED;
                    current.rejectReason = "detail.image-upload-abandoned";
                    current.updatedAt = now();
                }
            });
        }
        if (!stale.isEmpty()) {
            LOG.infof("Dropped %d abandoned image uploads", stale.size());
        }
    }

    private ProductImage mine(UUID productId, UUID imageId) {
        owned.product(productId);
        return Optional.ofNullable(images.findById(imageId)).filter(image -> image.productId.equals(productId))
                .orElseThrow(() -> ProblemException.notFound(WHAT, imageId));
    }

    private Image view(ProductImage image) {
        Map<String, String> urls = new LinkedHashMap<>();
        OffsetDateTime expires = null;
        for (Map.Entry<String, String> variant : image.variantKeys.entrySet()) {
            if (config.publicBaseUrl().isPresent()) {
                urls.put(variant.getKey(),
                        config.publicBaseUrl().get().replaceAll("/+$", "") + "/" + variant.getValue());
            } else {
                StoredObjects.PresignedUrl url = objects.presignGet(variant.getValue(), config.viewUrlExpiry());
                urls.put(variant.getKey(), url.url());
                expires = url.expiresAt();
            }
        }
        return new Image(image.id, image.position, image.width, image.height, urls, expires);
    }

    private static long orderVersion(List<ProductImage> ready) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ProductImage image : ready) {
                sha.update(image.id.toString().getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ',');
            }
            return ByteBuffer.wrap(sha.digest()).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
