package cn.huinong.market.training;

import static cn.huinong.market.common.testing.ContractEndpoint.caller;

import cn.huinong.market.common.testing.ContractEndpoint;
import cn.huinong.market.common.testing.ProblemContractTestBase;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;

@QuarkusTest
class ProblemContractTest extends ProblemContractTestBase {

    /** Cohorts: admins open them, trainers may not. The idempotency and platform tests use them too. */
    static final ContractEndpoint COHORTS = new ContractEndpoint("/api/training/cohorts", "cohort", "countyCode",
            caller("admin-1", "admin"), caller("admin-2", "admin"), caller("trainer-1", "trainer"),
            (id, variant) -> Map.of("id", id.toString(), "name", "直播带货班" + variant, "countyCode", "622921",
                    "countyName", "临夏县", "track", "SHOP_OPERATION", "startDate", "2026-03-02", "endDate",
                    "2026-05-29", "trainerSubs", List.of()));

    ProblemContractTest() {
        super(COHORTS);
    }
}
