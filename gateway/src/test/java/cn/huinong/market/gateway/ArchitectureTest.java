package cn.huinong.market.gateway;

import cn.huinong.market.common.testing.ServiceArchitectureTestBase;

/** The gateway keeps the services' shape: {@code route}, {@code web} (and its areas), {@code client}, {@code config}, {@code health}. */
class ArchitectureTest extends ServiceArchitectureTestBase {
}
