package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.LegMode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record LegView(UUID id, String code, String fromNode, String toNode, LegMode mode, List<DayOfWeek> weekdays,
        LocalTime departure, int durationMinutes, LocalTime cutoff, LegRequest.Cost cost, long capacityKg,
        long capacityLitres, boolean reefer, long version) {

    static LegView of(LogisticsLeg l, Map<UUID, String> nodeCodes) {
        return new LegView(l.id, l.code, nodeCodes.get(l.fromNodeId), nodeCodes.get(l.toNodeId), l.mode,
                Weekdays.list(l.weekdays), l.departure, l.durationMinutes, l.cutoff,
                new LegRequest.Cost(l.costKind, l.runFen, l.fenPerKm, l.km, l.expectedLoadKg, l.fenPerKg,
                        l.firstKgFen, l.extraKgFen),
                l.capacityKg, l.capacityLitres, l.reefer, l.version);
    }
}
