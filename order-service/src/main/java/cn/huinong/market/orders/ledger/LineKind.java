package cn.huinong.market.orders.ledger;

/**
 * What the money of one leg is for. Shipping travels on its own legs so that routed logistics can later credit
 * it to a logistics payable instead of the seller without touching the goods legs.
 */
public enum LineKind {
    GOODS, SHIPPING, COMMISSION, TRANSFER, PAYOUT, SUBSIDY
}
