package cn.huinong.market.sandbox.payment;

import java.time.OffsetDateTime;

/** What one HTTP delivery of a notification got back; {@code httpStatus} is null when no answer came. */
public record DeliveryResult(String notifyId, String url, OffsetDateTime attemptedAt, Integer httpStatus,
        boolean acknowledged, long durationMs, String error, boolean manual) {
}
