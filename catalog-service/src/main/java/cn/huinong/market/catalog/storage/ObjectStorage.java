package cn.huinong.market.catalog.storage;

import cn.huinong.market.catalog.config.StorageConfig;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The catalog's bucket in the S3 store. Made at start-up when missing; when the store is down then, the
 * readiness check keeps trying, so the service recovers without a restart.
 */
@ApplicationScoped
public class ObjectStorage {

    private static final Logger LOG = Logger.getLogger(ObjectStorage.class);

    @Inject MinioClient minio;

    @Inject StorageConfig config;

    private volatile boolean bucketReady;

    void onStart(@Observes StartupEvent event) {
        try {
            ensureBucket();
        } catch (Exception e) {
            LOG.warnf("Object storage not reachable at start-up (%s); readiness will retry", e.getMessage());
        }
    }

    /** @throws Exception when the store cannot be reached or refuses us */
    public synchronized void ensureBucket() throws Exception {
        if (bucketReady) {
            minio.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build());
            return;
        }
        if (!minio.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build())) {
            minio.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).build());
            LOG.infof("Created bucket %s", config.bucket());
        }
        bucketReady = true;
    }

    public String bucket() {
        return config.bucket();
    }
}
