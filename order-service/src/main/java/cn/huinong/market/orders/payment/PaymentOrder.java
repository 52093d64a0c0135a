package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What we ask the provider to collect: our payment id (the provider's out_trade_no), the amount and its deadline. */
public record PaymentOrder(UUID paymentId, long amountFen, String currency, String subject, OffsetDateTime expiresAt) {
}
