package cn.huinong.market.orders;

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
        return "/api/orders/logistics/nodes";
    }

    @Override
    protected String writer() {
        return TestTokens.token("ops-1", "logistics");
    }

    @Override
    protected String otherWriter() {
        return TestTokens.token("admin-1", "admin");
    }

    @Override
    protected Map<String, Object> newBody(UUID id, int variant) {
        return Map.of("id", id.toString(), "code", "N" + id.toString().substring(0, 8).toUpperCase(),
                "name", "县级中心" + variant, "level", "COUNTY", "divisionCode", "622921");
    }

    @Override
    protected long storedCount(UUID id) {
        return TestDatabase.count("SELECT count(*) FROM logistics_node WHERE id = ?", id);
    }
}
