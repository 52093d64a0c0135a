package cn.huinong.market.orders.ledger;

/** One leg of a journal entry: a positive amount on one side of one account. */
public record Leg(Account account, Side side, long amountFen, LineKind lineKind) {

    public Leg {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("leg amount must be positive: " + amountFen);
        }
    }
}
