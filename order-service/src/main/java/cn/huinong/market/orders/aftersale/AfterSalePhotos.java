package cn.huinong.market.orders.aftersale;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The buyer's photos of a case in the object store. The type is sniffed from the bytes (JPEG or PNG, whatever the
 * client claims), the size and count are limited by config, the object is written before its row and removed again
 * if the row cannot be written. Photos are served back through order-service, to the case's buyer, the order's
 * seller and admins only — the bucket itself is never public.
 */
@ApplicationScoped
public class AfterSalePhotos {

    private static final Logger LOG = Logger.getLogger(AfterSalePhotos.class);

    @Inject MinioClient minio;

    @Inject AfterSaleConfig config;

    @Inject AfterSaleRepository cases;

    @Inject AfterSaleService service;

    @Inject PhotoCleaner cleaner;

    private volatile boolean bucketReady;

    public record Stored(byte[] bytes, String contentType) {
    }

    void onStart(@Observes StartupEvent event) {
        try {
            ensureBucket();
        } catch (Exception e) {
            LOG.warnf("Object storage not reachable at start-up (%s); the first upload will try again",
                    e.getMessage());
        }
    }

    synchronized void ensureBucket() throws Exception {
        if (bucketReady) {
            return;
        }
        if (!minio.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build())) {
            minio.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).build());
            LOG.infof("Created bucket %s", config.bucket());
        }
        bucketReady = true;
    }

    /** The buyer adds a photo to their open case; returns the case as it now is. */
    public AfterSaleView upload(UUID caseId, Path file, long size, SecurityIdentity identity) {
        checkUploader(caseId, identity);
        if (file == null) {
            throw ProblemException.invalidField("photo", "detail.after-sale.photo-required");
        }
        if (size > config.maxPhotoBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "detail.after-sale.photo-too-large",
                    config.maxPhotoBytes());
        }
        cleaner.type(file);
        PhotoCleaner.Clean clean = cleaner.clean(file);
        UUID photoId = UUID.randomUUID();
        String key = "after-sales/" + caseId + "/" + photoId
                + (clean.contentType().equals("image/png") ? ".png" : ".jpg");
        try (InputStream in = new java.io.ByteArrayInputStream(clean.bytes())) {
            ensureBucket();
            minio.putObject(PutObjectArgs.builder().bucket(config.bucket()).object(key)
                    .stream(in, clean.bytes().length, -1).contentType(clean.contentType()).build());
        } catch (Exception e) {
            LOG.errorf(e, "could not store photo %s of case %s", key, caseId);
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.after-sale.storage-unavailable");
        }
        try {
            addRow(caseId, photoId, key, clean.contentType(), clean.bytes().length);
        } catch (RuntimeException e) {
            remove(key);
            throw e;
        }
        return service.get(caseId, identity);
    }

    @Transactional
    void checkUploader(UUID caseId, SecurityIdentity identity) {
        AfterSale c = service.find(caseId);
        var actor = AfterSaleService.actorFor(identity, c);
        if (actor.role() != cn.huinong.market.orders.order.Actor.Role.BUYER) {
            throw ProblemException.forbidden("detail.after-sale.photos-buyer-only");
        }
        checkRoom(c);
    }

    private void checkRoom(AfterSale c) {
        if (c.status.closed()) {
            throw ProblemException.conflict("detail.after-sale.closed", c.status);
        }
        if (cases.photos(c.id).size() >= config.maxPhotos()) {
            throw ProblemException.conflict("detail.after-sale.too-many-photos", config.maxPhotos());
        }
    }

    @Transactional
    void addRow(UUID caseId, UUID photoId, String key, String type, long size) {
        AfterSale c = cases.lock(caseId); // serializes uploads to one case, so the count holds
        checkRoom(c);
        AfterSalePhoto p = new AfterSalePhoto();
        p.id = photoId;
        p.afterSaleId = caseId;
        p.objectKey = key;
        p.contentType = type;
        p.sizeBytes = size;
        p.createdAt = service.now();
        cases.getEntityManager().persist(p);
    }

    /** A photo's bytes, for the case's buyer, the order's seller and admins; anyone else gets a 404. */
    public Stored read(UUID caseId, UUID photoId, SecurityIdentity identity) {
        AfterSalePhoto p = visiblePhoto(caseId, photoId, identity);
        try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket(config.bucket())
                .object(p.objectKey).build())) {
            return new Stored(in.readAllBytes(), p.contentType);
        } catch (Exception e) {
            LOG.errorf(e, "could not read photo %s", p.objectKey);
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.after-sale.storage-unavailable");
        }
    }

    @Transactional
    AfterSalePhoto visiblePhoto(UUID caseId, UUID photoId, SecurityIdentity identity) {
        AfterSaleService.actorFor(identity, service.find(caseId));
        AfterSalePhoto p = cases.photo(caseId, photoId);
        if (p == null) {
            throw ProblemException.notFound("photo", photoId);
        }
        return p;
    }

    private void remove(String key) {
        try {
            minio.removeObject(RemoveObjectArgs.builder().bucket(config.bucket()).object(key).build());
        } catch (Exception e) {
            LOG.warnf(e, "could not remove orphan photo %s", key);
        }
    }

}
