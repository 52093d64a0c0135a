package cn.huinong.market.catalog;

import cn.huinong.market.common.testing.ProblemContractTestBase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;

@QuarkusTest
class ProblemContractTest extends ProblemContractTestBase {

    @Override
    protected String collectionPath() {
        return "/api/catalog/categories";
    }

    @Override
    protected String writer() {
        return TestTokens.token("admin-1", "admin");
    }

    @Override
    protected String outsider() {
        return TestTokens.token("seller-1", "seller");
    }

    @Override
    protected Map<String, Object> validBody() {
        String code = "c" + UUID.randomUUID().toString().substring(0, 8);
        return Map.of("code", code, "nameZh", "干货", "halalRequired", false);
    }

    @Override
    protected String requiredField() {
        return "nameZh";
    }
}
