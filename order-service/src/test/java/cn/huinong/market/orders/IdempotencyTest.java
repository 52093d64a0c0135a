package cn.huinong.market.orders;

import cn.huinong.market.common.testing.IdempotencyContractTestBase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IdempotencyTest extends IdempotencyContractTestBase {

    IdempotencyTest() {
        super(ProblemContractTest.LOGISTICS_NODES);
    }
}
