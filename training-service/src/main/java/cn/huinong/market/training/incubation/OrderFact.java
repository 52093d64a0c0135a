package cn.huinong.market.training.incubation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The minimal facts of one order-feed event that milestones and income are computed from. */
public record OrderFact(UUID eventId, long sequence, String type, OffsetDateTime occurredAt, UUID shopOrderId,
        UUID shopId, long totalFen, long commissionFen, long refundFen, long commissionRefundFen,
        boolean fullyRefunded) {

    public static final String PAID = "ORDER_PAID";
    public static final String REFUNDED = "ORDER_REFUNDED";

    public boolean paid() {
        return PAID.equals(type);
    }

    public boolean refunded() {
        return REFUNDED.equals(type);
    }
}
