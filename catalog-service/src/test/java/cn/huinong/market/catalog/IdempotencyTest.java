package cn.huinong.market.catalog;

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
        return "/api/catalog/categories";
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
        return Map.of("id", id.toString(), "code", "idem-" + id.toString().substring(0, 8),
                "nameZh", "核桃" + variant, "halalRequired", false);
    }

    @Override
    protected long storedCount(UUID id) {
        return TestDatabase.count("SELECT count(*) FROM category WHERE id = ?", id);
    }
}
