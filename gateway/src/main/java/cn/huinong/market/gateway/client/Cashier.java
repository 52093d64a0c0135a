package cn.huinong.market.gateway.client;

import java.time.OffsetDateTime;

/** The sandbox provider's cashier: what the buyer is asked to pay. */
public record Cashier(String providerPaymentId, String subject, long amountFen, String currency, String status,
        OffsetDateTime expiresAt, OffsetDateTime paidAt) {
}
