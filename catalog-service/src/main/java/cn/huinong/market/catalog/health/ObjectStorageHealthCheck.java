package cn.huinong.market.catalog.health;

import cn.huinong.market.catalog.storage.ObjectStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Images and certificate scans live in the S3 store: without it the catalog cannot serve sellers. */
@Readiness
@ApplicationScoped
public class ObjectStorageHealthCheck implements HealthCheck {

    @Inject ObjectStorage storage;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Object storage").withData("bucket", storage.bucket());
        try {
            storage.ensureBucket();
            return response.up().build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
