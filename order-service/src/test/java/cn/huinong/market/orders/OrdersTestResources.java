package cn.huinong.market.orders;

import cn.huinong.market.common.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real servers every order-service test runs against: PostgreSQL, an OIDC server and a stand-in catalog-service. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "orders_test"))
public final class OrdersTestResources {

    private OrdersTestResources() {
    }
}
