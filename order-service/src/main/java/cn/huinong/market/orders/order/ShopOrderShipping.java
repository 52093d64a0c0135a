package cn.huinong.market.orders.order;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/**
 * How a shop order travels when it was quoted on the shared network: the route's cost, the subsidy paid on it (the
 * buyer pays the difference as shippingFen), the promised delivery and the route itself; null for flat-tariff orders.
 */
public record ShopOrderShipping(String choice, String originNode, long costFen, long subsidyFen,
        OffsetDateTime promisedDelivery, @JsonRawValue String route) {

    public static ShopOrderShipping of(ShopOrder o) {
        return o.shippingCostFen == null ? null
                : new ShopOrderShipping(o.shippingChoice, o.originNodeCode,
                        o.shippingCostFen, o.shippingSubsidyFen, o.promisedDelivery, o.shippingRoute);
    }
}
