package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.LegMode;
import java.time.ZonedDateTime;

/** One run of a leg on a quoted route. */
public record QuotedLeg(String legId, String from, String to, LegMode mode, ZonedDateTime departs,
        ZonedDateTime arrives, long costFen) {
}
