package cn.huinong.market.catalog.stock;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ReservationView(UUID checkoutId, ReservationStatus status, OffsetDateTime expiresAt,
        OffsetDateTime createdAt, OffsetDateTime confirmedAt, OffsetDateTime releasedAt,
        List<Line> lines) {

    public record Line(UUID skuId, int quantity) {
    }

    public static ReservationView of(Reservation r) {
        return new ReservationView(r.checkoutId, r.status, r.expiresAt, r.createdAt, r.confirmedAt, r.releasedAt,
                r.lines.stream().map(l -> new Line(l.skuId, l.quantity)).toList());
    }
}
