package cn.huinong.market.training;

import cn.huinong.market.common.testing.PlatformEndpointsTestBase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsTestBase {

    PlatformEndpointsTest() {
        super(ProblemContractTest.COHORTS.path(), "Database connections health check");
    }
}
