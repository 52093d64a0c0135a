package cn.huinong.market.orders.logistics.network;

/**
 * A logistics subsidy paid by the county or the platform for parcels leaving a region with goods of a product
 * category. It is posted as its own ledger line, never folded into a price.
 *
 * @param divisionCode
 *            the region: a division code or its prefix (62 = Gansu, 6229 = Linxia prefecture, 622921 = Linxia county)
 * @param category
 *            the product category code, or null for every category
 * @param percent
 *            share of the parcel's logistics cost that is subsidised, 0–100
 * @param capFen
 *            the most paid per parcel
 */
public record Subsidy(String id, SubsidyPayer payer, String divisionCode, String category, int percent,
        long capFen) {

    public boolean appliesTo(String originDivisionCode, String productCategory) {
        return originDivisionCode.startsWith(divisionCode) && (category == null || category.equals(productCategory));
    }

    /** The subsidised amount of a cost, rounded down to the fen so that it never exceeds the percentage. */
    public long amountFen(long costFen) {
        return Math.min(capFen, Math.multiplyExact(costFen, percent) / 100);
    }
}
