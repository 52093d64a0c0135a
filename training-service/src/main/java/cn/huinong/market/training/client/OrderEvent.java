package cn.huinong.market.training.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What training-service reads of an order-feed event (Contract 1). Lines, checkout and currency are not needed
 * for milestones and income and are ignored, as is any field order-service adds later.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderEvent(long sequence, UUID eventId, String type, OffsetDateTime occurredAt, UUID shopOrderId,
        UUID shopId, String currency, long totalFen, long commissionFen, long refundFen,
        long commissionRefundFen, boolean fullyRefunded) {
}
