package cn.huinong.market.training;

import cn.huinong.market.common.testing.PlatformEndpointsTestBase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsTestBase {

    @Override
    protected String describedPath() {
        return "/api/training/cohorts";
    }

    @Override
    protected String[] readinessChecks() {
        return new String[]{"Database connections health check"};
    }
}
