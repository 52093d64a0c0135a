package cn.huinong.market.orders.logistics;

/** What a parcel costs to send: the zone, the weight charged (whole kilograms, rounded up) and the fee in fen. */
public record ShippingQuote(String zone, String destinationProvince, int chargeableKg, long baseFeeFen,
        long coldChainFeeFen, long feeFen, String currency) {
}
