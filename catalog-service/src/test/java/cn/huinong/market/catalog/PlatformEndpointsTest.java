package cn.huinong.market.catalog;

import cn.huinong.market.common.testing.PlatformEndpointsTestBase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsTestBase {

    PlatformEndpointsTest() {
        super(ProblemContractTest.CATEGORIES.path(), "Database connections health check", "Object storage");
    }
}
