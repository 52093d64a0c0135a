package cn.huinong.market.training;

import cn.huinong.market.common.testing.IdempotencyContractTestBase;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;

@QuarkusTest
class IdempotencyTest extends IdempotencyContractTestBase {

    @Override
    protected String collectionPath() {
        return "/api/training/cohorts";
    }

    @Override
    protected String writer() {
        return TestTokens.token("admin-1", "admin");
    }

    @Override
    protected String otherWriter() {
        return TestTokens.token("admin-2", "admin");
    }

    @Override
    protected Map<String, Object> newBody(UUID id, int variant) {
        Map<String, Object> body = CohortResourceTest.cohort("直播带货班" + variant, "2026-03-02", "2026-05-29");
        body.put("id", id.toString());
        return body;
    }

    @Override
    protected long storedCount(UUID id) {
        return TestDatabase.count("SELECT count(*) FROM cohort WHERE id = ?", id);
    }
}
