package cn.huinong.market.orders.logistics.network;

/** Weight and volume of a parcel (or of a load), in grams and millilitres so that no fractions are needed. */
public record ParcelSize(long grams, long millilitres) {

    /** The express trade's volumetric divisor: 6,000 cm³ count as one kilogram, so 6 ml count as one gram. */
    private static final long MILLILITRES_PER_GRAM = 6;

    public static final ParcelSize EMPTY = new ParcelSize(0, 0);

    /** The weight that is paid for: the actual weight, or the volumetric weight when the parcel is bulky. */
    public long chargeableGrams() {
        return Math.max(grams, Math.ceilDiv(millilitres, MILLILITRES_PER_GRAM));
    }

    public ParcelSize plus(ParcelSize other) {
        return new ParcelSize(grams + other.grams, millilitres + other.millilitres);
    }
}
