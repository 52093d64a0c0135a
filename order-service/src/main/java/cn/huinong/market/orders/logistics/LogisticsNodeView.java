package cn.huinong.market.orders.logistics;

import java.time.OffsetDateTime;
import java.util.UUID;

public record LogisticsNodeView(UUID id, String code, String name, String nameEn, NodeLevel level,
        String divisionCode, UUID parentId, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static LogisticsNodeView of(LogisticsNode n) {
        return new LogisticsNodeView(n.id, n.code, n.name, n.nameEn, n.level, n.divisionCode, n.parentId, n.version,
                n.createdAt, n.updatedAt);
    }
}
