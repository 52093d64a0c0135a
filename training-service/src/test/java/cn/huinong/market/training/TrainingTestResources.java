package cn.huinong.market.training;

import cn.huinong.market.common.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real servers every training-service test runs against: PostgreSQL and an OIDC server. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "training_test"))
public final class TrainingTestResources {

    private TrainingTestResources() {
    }
}
