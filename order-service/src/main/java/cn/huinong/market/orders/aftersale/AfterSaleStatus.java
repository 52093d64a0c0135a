package cn.huinong.market.orders.aftersale;

/** The states of an after-sale case; {@link AfterSaleMoves} says how they connect. */
public enum AfterSaleStatus {

    REQUESTED, REJECTED, DISPUTED, AWAITING_RETURN, RETURN_SHIPPED, REFUNDED, CLOSED, WITHDRAWN;

    /** A case in a closed state no longer holds its order in AFTER_SALE. */
    public boolean closed() {
        return this == REFUNDED || this == CLOSED || this == WITHDRAWN;
    }
}
