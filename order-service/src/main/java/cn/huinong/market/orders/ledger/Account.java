package cn.huinong.market.orders.ledger;

import java.util.UUID;

/**
 * One account of the chart of accounts. All amounts are integer fen, CNY.
 *
 * <pre>
 * account                  type       normal side  meaning
 * PROVIDER_CLEARING        asset      debit        money buyers paid that sits at the payment provider
 * PLATFORM_COMMISSION      revenue    credit       the platform's commission (net of commission given back)
 * SHOP_PENDING:&lt;shopId&gt;    liability  credit       owed to the seller for orders not yet completed (not payable)
 * SHOP_AVAILABLE:&lt;shopId&gt;  liability  credit       owed to the seller and payable (orders completed); negative when a
 *                                                   refund after completion took more than the balance held
 * PAYOUT_CLEARING          liability  credit       paid out to shops' bank accounts, awaiting settlement with the
 *                                                   provider (the sandbox bank pays at once)
 * SUBSIDY_RECEIVABLE       asset      debit        logistics subsidies the county or the platform owes for completed
 *                                                   routed orders (credited to the shop, line SUBSIDY)
 * </pre>
 *
 * Postings: payment Dr PROVIDER_CLEARING goods + shipping, Cr PLATFORM_COMMISSION commission, Cr SHOP_PENDING
 * goods − commission (GOODS) and shipping (SHIPPING, the seller pays the courier today); refund the reverse of
 * the refunded part, from SHOP_AVAILABLE once completed, with a proportional commission reversal; completion
 * SHOP_PENDING → SHOP_AVAILABLE of the order's remaining net; payout Dr SHOP_AVAILABLE Cr PAYOUT_CLEARING.
 */
public record Account(Type type, UUID shopId) {

    public enum Type {

        PROVIDER_CLEARING, PLATFORM_COMMISSION, SHOP_PENDING, SHOP_AVAILABLE, PAYOUT_CLEARING, SUBSIDY_RECEIVABLE;

        boolean perShop() {
            return this == SHOP_PENDING || this == SHOP_AVAILABLE;
        }
    }

    public static final Account PROVIDER_CLEARING = new Account(Type.PROVIDER_CLEARING, null);
    public static final Account PLATFORM_COMMISSION = new Account(Type.PLATFORM_COMMISSION, null);
    public static final Account PAYOUT_CLEARING = new Account(Type.PAYOUT_CLEARING, null);
    public static final Account SUBSIDY_RECEIVABLE = new Account(Type.SUBSIDY_RECEIVABLE, null);

    public Account {
        if (type.perShop() != (shopId != null)) {
            throw new IllegalArgumentException("account " + type + " with shop " + shopId);
        }
    }

    public static Account shopPending(UUID shopId) {
        return new Account(Type.SHOP_PENDING, shopId);
    }

    public static Account shopAvailable(UUID shopId) {
        return new Account(Type.SHOP_AVAILABLE, shopId);
    }

    /** The account's code as stored and shown, e.g. {@code SHOP_PENDING:4f1c…}. */
    public String code() {
        return shopId == null ? type.name() : type.name() + ":" + shopId;
    }
}
