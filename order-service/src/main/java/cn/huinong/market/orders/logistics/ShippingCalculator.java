package cn.huinong.market.orders.logistics;

/**
 * Prices one shop order's parcel. Behind an interface because shared village–township–county logistics will
 * replace the flat tariff with routed, consolidated costs.
 */
public interface ShippingCalculator {

    /**
     * @param destinationProvince two-digit province code of the delivery address
     * @param packedWeightG       total packed weight of the parcel in grams (from catalog's SKU snapshots)
     * @param coldChain           whether anything in it is chilled or frozen
     */
    ShippingQuote quote(String destinationProvince, int packedWeightG, boolean coldChain);
}
