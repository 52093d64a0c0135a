package cn.huinong.market.orders.ledger;

import java.util.UUID;

/** The bank that moves a payout to a shop's account. */
public interface PayoutBank {

    /** Sends {@code amountFen} to the shop; idempotent by payout id. @return the bank's reference of the transfer */
    String transfer(UUID payoutId, UUID shopId, long amountFen);
}
