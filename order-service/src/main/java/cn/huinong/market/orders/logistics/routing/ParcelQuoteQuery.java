package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.ParcelSize;
import cn.huinong.market.orders.logistics.network.TemperatureClass;
import java.time.Instant;

/**
 * What is quoted: one shop order's parcel from the shop's village station to the buyer's county.
 *
 * @param category
 *            the product category, for subsidies; may be null
 * @param readyAt
 *            when the parcel can be handed in; null means now (the quoting service's clock)
 */
public record ParcelQuoteQuery(String originNodeId, String destinationDivisionCode, ParcelSize size,
        TemperatureClass temperature, String category, Instant readyAt) {
}
