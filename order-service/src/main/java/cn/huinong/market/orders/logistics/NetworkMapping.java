package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.Capacity;
import cn.huinong.market.orders.logistics.network.Coordinates;
import cn.huinong.market.orders.logistics.network.LegCost;
import cn.huinong.market.orders.logistics.network.LegSchedule;
import cn.huinong.market.orders.logistics.network.Network;
import cn.huinong.market.orders.logistics.network.NetworkLeg;
import cn.huinong.market.orders.logistics.network.NetworkNode;
import cn.huinong.market.orders.logistics.network.NodeKind;
import cn.huinong.market.orders.logistics.network.OpeningHours;
import cn.huinong.market.orders.logistics.network.Subsidy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns stored rows into the routing core's validated {@link Network}. Nodes are known to routing by their code; a
 * node's county is the first six digits of its division code.
 */
final class NetworkMapping {

    private NetworkMapping() {
    }

    /** @throws cn.huinong.market.orders.logistics.network.LogisticsRefusal listing everything inconsistent */
    static Network network(long revision, List<LogisticsNode> nodes, List<LogisticsLeg> legs,
            List<LogisticsSubsidy> subsidies) {
        Map<UUID, LogisticsNode> byId = nodes.stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
        return Network.of(revision, nodes.stream().map(NetworkMapping::node).toList(),
                legs.stream().map(leg -> leg(leg, byId)).toList(),
                subsidies.stream().map(NetworkMapping::subsidy).toList());
    }

    static NodeKind kindOf(LogisticsNode n) {
        if (n.kind != null) {
            return n.kind;
        }
        return switch (n.level) {
            case COUNTY -> NodeKind.COUNTY_HUB;
            case TOWNSHIP -> NodeKind.TOWNSHIP_POINT;
            case VILLAGE -> NodeKind.VILLAGE_STATION;
        };
    }

    static NetworkNode node(LogisticsNode n) {
        OpeningHours hours = n.opens == null
                ? OpeningHours.ALWAYS
                : new OpeningHours(Weekdays.decode(n.openDays), n.opens, n.closes);
        Coordinates at = new Coordinates(n.latitude == null ? 0 : n.latitude, n.longitude == null ? 0 : n.longitude);
        return new NetworkNode(n.code, kindOf(n), n.divisionCode.substring(0, 6), n.name, at, hours, n.coldCapable);
    }

    /** A leg whose node is not (or no longer) in the list keeps the node's id, which the validator reports. */
    static NetworkLeg leg(LogisticsLeg l, Map<UUID, LogisticsNode> nodes) {
        String from = nodes.containsKey(l.fromNodeId) ? nodes.get(l.fromNodeId).code : l.fromNodeId.toString();
        String to = nodes.containsKey(l.toNodeId) ? nodes.get(l.toNodeId).code : l.toNodeId.toString();
        LegSchedule schedule = new LegSchedule(Weekdays.decode(l.weekdays), l.departure,
                Duration.ofMinutes(l.durationMinutes), l.cutoff);
        return new NetworkLeg(l.code, from, to, l.mode, schedule, cost(l),
                new Capacity(l.capacityKg, l.capacityLitres), l.reefer);
    }

    static LegCost cost(LogisticsLeg l) {
        return switch (l.costKind) {
            case FIXED_PER_RUN -> new LegCost.FixedPerRun(l.runFen, l.expectedLoadKg);
            case PER_KM -> new LegCost.PerKm(l.fenPerKm, l.km, l.expectedLoadKg);
            case PER_KG -> new LegCost.PerKg(l.fenPerKg);
            case ZONE_TARIFF -> new LegCost.ZoneTariff(l.firstKgFen, l.extraKgFen);
        };
    }

    static Subsidy subsidy(LogisticsSubsidy s) {
        return new Subsidy(s.code, s.payer, s.divisionCode, s.category, s.percent, s.capFen);
    }
}
