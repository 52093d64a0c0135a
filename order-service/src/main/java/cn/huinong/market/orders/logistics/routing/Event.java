package cn.huinong.market.orders.logistics.routing;

/**
 * A vertex of the time-expanded graph: a moment at a node (minutes since Monday 00:00 local time of the graph's first
 * week), or the sink of a county, which every arrival in that county leads to.
 */
record Event(int id, String nodeId, int minute, boolean countySink) {
}
