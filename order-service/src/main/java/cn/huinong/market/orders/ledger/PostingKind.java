package cn.huinong.market.orders.ledger;

/** Why a journal entry was posted. */
public enum PostingKind {
    PAYMENT, REFUND, COMPLETION, PAYOUT
}
