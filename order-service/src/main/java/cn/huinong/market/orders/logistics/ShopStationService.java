package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.orders.logistics.network.NodeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Which village station each shop hands its parcels in at. */
@ApplicationScoped
public class ShopStationService {

    @Inject ShopStationRepository stations;

    @Inject LogisticsNodeRepository nodes;

    @Inject NetworkStore store;

    @Inject Clock clock;

    public record ShopStationView(UUID shopId, String nodeCode) {
    }

    @Transactional
    public ShopStationView assign(UUID shopId, String nodeCode) {
        LogisticsNode node = nodes.find("code", nodeCode).firstResult();
        if (node == null) {
            throw ProblemException.invalidField("nodeCode", "unknown node " + nodeCode);
        }
        if (NetworkMapping.kindOf(node) != NodeKind.VILLAGE_STATION) {
            throw ProblemException.invalidField("nodeCode", "node " + nodeCode + " is not a village station");
        }
        ShopStation station = stations.findById(shopId);
        boolean created = station == null;
        if (created) {
            station = new ShopStation();
            station.shopId = shopId;
        }
        station.nodeId = node.id;
        station.updatedAt = OffsetDateTime.now(clock);
        if (created) {
            stations.persist(station);
        }
        store.changed();
        return new ShopStationView(shopId, node.code);
    }

    /** The code of the shop's station, or null when the shop has none yet. */
    public String stationOf(UUID shopId) {
        ShopStation station = stations.findById(shopId);
        return station == null ? null : nodes.findById(station.nodeId).code;
    }

    public ShopStationView get(UUID shopId) {
        String code = stationOf(shopId);
        if (code == null) {
            throw ProblemException.notFound("shop station", shopId);
        }
        return new ShopStationView(shopId, code);
    }
}
