package cn.huinong.market.gateway.client;

/** A move of a shop order: to ACCEPTED, or to SHIPPED with the carrier and tracking number. */
public record OrderTransition(String to, String reason, String carrier, String trackingNumber) {
}
