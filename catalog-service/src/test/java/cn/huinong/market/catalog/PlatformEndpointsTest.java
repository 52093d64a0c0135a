package cn.huinong.market.catalog;

import cn.huinong.market.common.testing.PlatformEndpointsTestBase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsTestBase {

    @Override
    protected String describedPath() {
        return "/api/catalog/categories";
    }

    @Override
    protected String[] readinessChecks() {
        return new String[]{"Database connections health check", "Object storage"};
    }
}
