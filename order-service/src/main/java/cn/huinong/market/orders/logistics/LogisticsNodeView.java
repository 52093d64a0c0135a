package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.NodeKind;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record LogisticsNodeView(UUID id, String code, String name, String nameEn, NodeLevel level,
        String divisionCode, UUID parentId, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, NodeKind kind, Double latitude, Double longitude, List<DayOfWeek> openDays,
        LocalTime opens, LocalTime closes, boolean coldCapable) {

    public static LogisticsNodeView of(LogisticsNode n) {
        return new LogisticsNodeView(n.id, n.code, n.name, n.nameEn, n.level, n.divisionCode, n.parentId, n.version,
                n.createdAt, n.updatedAt, NetworkMapping.kindOf(n), n.latitude, n.longitude,
                n.opens == null ? null : Weekdays.list(n.openDays), n.opens, n.closes, n.coldCapable);
    }
}
