package cn.huinong.market.catalog;

import cn.huinong.market.common.testing.PostgresTestDatabase;
import cn.huinong.market.common.testing.S3TestServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real servers every catalog test runs against: PostgreSQL, an S3 protocol server and an OIDC server. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@QuarkusTestResource(S3TestServer.class)
public final class CatalogTestResources {

    private CatalogTestResources() {
    }
}
