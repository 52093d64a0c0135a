package cn.huinong.market.catalog;

import cn.huinong.market.common.testing.ServiceArchitectureTestBase;

/** catalog-service keeps one package per capability (see DESIGN.md); the rules are common's. */
class ArchitectureTest extends ServiceArchitectureTestBase {
}
