package cn.huinong.market.orders.checkout;

/** Commission arithmetic in fen: basis points of the goods value, rounded half up, never above the goods value. */
public final class Commission {

    private Commission() {
    }

    public static long of(long goodsFen, int rateBp) {
        return Math.floorDiv(goodsFen * rateBp + 5000, 10000);
    }
}
