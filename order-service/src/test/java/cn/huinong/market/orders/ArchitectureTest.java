package cn.huinong.market.orders;

import cn.huinong.market.common.testing.ServiceArchitectureTestBase;

/** order-service keeps the one-package-per-capability shape (rules in common's ServiceArchitectureRules). */
class ArchitectureTest extends ServiceArchitectureTestBase {
}
