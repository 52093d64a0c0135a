package cn.huinong.market.orders.ledger;

/** Debit or credit; stored as {@code D} / {@code C}. */
public enum Side {

    DEBIT("D"), CREDIT("C");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
