package cn.huinong.market.orders.aftersale;

/** Why the buyer opened the case (the free text says more). */
public enum AfterSaleReason {
    NOT_AS_DESCRIBED, DAMAGED, SPOILED, WRONG_ITEM, MISSING_ITEM, QUALITY, NO_LONGER_WANTED, NOT_SHIPPED, OTHER
}
