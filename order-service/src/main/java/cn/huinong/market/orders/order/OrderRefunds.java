package cn.huinong.market.orders.order;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What cancelling a paid order needs from refunds, owned here so that the order feature does not depend on the
 * payment feature (which depends on this one); the payment feature's refund service implements it.
 */
public interface OrderRefunds {

    /** Sets aside a refund of everything still refundable on a locked order, in the caller's transaction. */
    UUID requestRest(ShopOrder order, String reason, UUID afterSaleId, OffsetDateTime now);

    /** Sends a refund set aside earlier to the provider; call after the deciding transaction committed. */
    void execute(UUID refundId);
}
