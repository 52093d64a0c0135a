package cn.huinong.market.training;

import cn.huinong.market.common.testing.ServiceArchitectureTestBase;

/** Keeps training-service in the shape of DESIGN.md: one package per capability. */
class ArchitectureTest extends ServiceArchitectureTestBase {
}
