package cn.huinong.market.orders;

import static cn.huinong.market.common.testing.ContractEndpoint.caller;

import cn.huinong.market.common.testing.ContractEndpoint;
import cn.huinong.market.common.testing.ProblemContractTestBase;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

@QuarkusTest
class ProblemContractTest extends ProblemContractTestBase {

    /** Logistics nodes: operators and admins write them, buyers may not. The idempotency and platform tests use them too. */
    static final ContractEndpoint LOGISTICS_NODES = new ContractEndpoint("/api/orders/logistics/nodes",
            "logistics_node", "name", caller("ops-1", "logistics"), caller("admin-1", "admin"),
            caller("buyer-1", "buyer"),
            (id, variant) -> Map.of("id", id.toString(), "code", "N" + id.toString().substring(0, 8).toUpperCase(),
                    "name", "县级中心" + variant, "level", "COUNTY", "divisionCode", "622921"));

    ProblemContractTest() {
        super(LOGISTICS_NODES);
    }
}
