package cn.huinong.market.orders;

import cn.huinong.market.common.testing.ProblemContractTestBase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;

@QuarkusTest
class ProblemContractTest extends ProblemContractTestBase {

    @Override
    protected String collectionPath() {
        return "/api/orders/logistics/nodes";
    }

    @Override
    protected String writer() {
        return TestTokens.token("ops-1", "logistics");
    }

    @Override
    protected String outsider() {
        return TestTokens.token("buyer-1", "buyer");
    }

    @Override
    protected Map<String, Object> validBody() {
        String code = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return Map.of("code", code, "name", "临夏县物流中心", "level", "COUNTY", "divisionCode", "622921");
    }

    @Override
    protected String requiredField() {
        return "name";
    }
}
