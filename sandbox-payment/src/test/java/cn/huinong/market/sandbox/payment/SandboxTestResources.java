package cn.huinong.market.sandbox.payment;

import cn.huinong.market.common.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The sandbox's tests run against a fresh PostgreSQL database of their own. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "sandbox_payment_test"))
public final class SandboxTestResources {

    private SandboxTestResources() {
    }
}
