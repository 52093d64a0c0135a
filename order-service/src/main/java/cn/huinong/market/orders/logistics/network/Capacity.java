package cn.huinong.market.orders.logistics.network;

/** What one run of a leg can carry. */
public record Capacity(long kilograms, long litres) {

    public boolean fits(ParcelSize size) {
        return size.grams() <= kilograms * 1000 && size.millilitres() <= litres * 1000;
    }
}
