package cn.huinong.market.orders.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Placeholder of the contract while the ledger branch is being built; replaced on merge. */
@ApplicationScoped
public class Settlement {
    public void paid(ShopOrderFacts order, OffsetDateTime at) {
        throw new UnsupportedOperationException();
    }

    public RefundPosting refunded(ShopOrderFacts order, UUID refundId, long refundGoodsFen, long refundShippingFen,
                                  OffsetDateTime at) {
        throw new UnsupportedOperationException();
    }

    public void completed(ShopOrderFacts order, OffsetDateTime at) {
        throw new UnsupportedOperationException();
    }
}
