package cn.huinong.market.orders.checkout;

/** What catalog-service has been told about a checkout's stock reservation. */
public enum StockState {
    RESERVED, CONFIRMED, RELEASED
}
