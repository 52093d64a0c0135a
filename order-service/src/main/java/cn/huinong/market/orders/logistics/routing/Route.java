package cn.huinong.market.orders.logistics.routing;

import java.time.ZonedDateTime;
import java.util.List;

/** A feasible route: what it costs, when it arrives in the buyer's county (Asia/Shanghai), and its legs. */
public record Route(long costFen, ZonedDateTime promisedDelivery, List<QuotedLeg> legs) {
}
