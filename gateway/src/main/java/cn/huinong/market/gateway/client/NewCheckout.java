package cn.huinong.market.gateway.client;

import java.util.List;
import java.util.UUID;

/** The body of a checkout: the id is the one the form carried, so a resubmitted form is the same checkout. */
public record NewCheckout(UUID id, List<Line> lines, Checkout.Address address) {

    public record Line(UUID skuId, int quantity) {
    }
}
