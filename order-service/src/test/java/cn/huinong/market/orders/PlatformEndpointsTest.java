package cn.huinong.market.orders;

import cn.huinong.market.common.testing.PlatformEndpointsTestBase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsTestBase {

    PlatformEndpointsTest() {
        super(ProblemContractTest.LOGISTICS_NODES.path(), "Database connections health check");
    }
}
