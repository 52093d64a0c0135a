package cn.huinong.market.gateway.client;

/** What one parcel costs to a province, as order-service quotes it. */
public record ShippingQuote(String zone, String destinationProvince, int chargeableKg, long feeFen, String currency) {
}
