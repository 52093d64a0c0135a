package cn.huinong.market.training;

import cn.huinong.market.common.testing.ProblemContractTestBase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

@QuarkusTest
class ProblemContractTest extends ProblemContractTestBase {

    @Override
    protected String collectionPath() {
        return "/api/training/cohorts";
    }

    @Override
    protected String writer() {
        return TestTokens.token("admin-1", "admin");
    }

    @Override
    protected String outsider() {
        return TestTokens.token("trainer-1", "trainer");
    }

    @Override
    protected Map<String, Object> validBody() {
        return CohortResourceTest.cohort("临夏县电商运营一班", "2026-03-02", "2026-05-29");
    }

    @Override
    protected String requiredField() {
        return "countyCode";
    }
}
