package cn.huinong.market.gateway;

import cn.huinong.market.common.testing.ServiceArchitectureTestBase;

/** The gateway keeps the services' shape: {@code route}, {@code config}, {@code health} (and {@code web} to come). */
class ArchitectureTest extends ServiceArchitectureTestBase {
}
