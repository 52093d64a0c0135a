package cn.huinong.market.orders.aftersale;

/** What the buyer asks for: money back before anything shipped, or a return of delivered goods and money back. */
public enum AfterSaleKind {
    /** Order PAID or ACCEPTED: nothing shipped, the seller keeps nothing. */
    REFUND,
    /** Order DELIVERED: the buyer sends the goods back, the seller refunds once they arrive. */
    RETURN_REFUND
}
