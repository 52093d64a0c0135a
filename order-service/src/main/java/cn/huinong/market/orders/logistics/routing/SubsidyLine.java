package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.SubsidyPayer;

/** A subsidy on a route's cost, to be posted as its own ledger line. */
public record SubsidyLine(String subsidyId, SubsidyPayer payer, long amountFen) {
}
