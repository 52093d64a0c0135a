package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.testing.ServiceArchitectureTestBase;

/**
 * The service shape rules on the trace feature's own classes (the catalog-wide ArchitectureTest comes with the
 * restructure of the other features).
 */
class TraceArchitectureTest extends ServiceArchitectureTestBase {
}
