package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.Network;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the graph of the latest network version: building it costs far more than a quote, and a network changes
 * rarely (an admin edit makes a new version).
 */
final class TimeExpandedGraphCache {

    private final AtomicReference<TimeExpandedGraph> current = new AtomicReference<>();

    TimeExpandedGraph graphOf(Network network) {
        TimeExpandedGraph cached = current.get();
        if (cached != null && cached.network().version() == network.version()) {
            return cached;
        }
        // Two threads may build the same version at once; both results are equal, the last one stays.
        TimeExpandedGraph built = TimeExpandedGraph.build(network);
        current.set(built);
        return built;
    }
}
