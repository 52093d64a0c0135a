package cn.huinong.market.orders.logistics.routing;

import java.util.List;

/**
 * The cheapest and the fastest feasible route (the same route when one is both), with the subsidies that apply to
 * the cheapest route's cost.
 */
public record Quote(Route cheapest, Route fastest, List<SubsidyLine> subsidies) {
}
