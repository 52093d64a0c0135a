package cn.huinong.market.catalog;

import static cn.huinong.market.common.testing.ContractEndpoint.caller;

import cn.huinong.market.common.testing.ContractEndpoint;
import cn.huinong.market.common.testing.ProblemContractTestBase;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

@QuarkusTest
class ProblemContractTest extends ProblemContractTestBase {

    /** Categories: admins write them, sellers may not. The idempotency and platform tests use them too. */
    static final ContractEndpoint CATEGORIES = new ContractEndpoint("/api/catalog/categories", "category", "nameZh",
            caller("admin-1", "admin"), caller("admin-2", "admin"), caller("seller-1", "seller"),
            (id, variant) -> Map.of("id", id.toString(), "code", "idem-" + id.toString().substring(0, 8),
                    "nameZh", "核桃" + variant, "halalRequired", false));

    ProblemContractTest() {
        super(CATEGORIES);
    }
}
