package cn.huinong.market.catalog.trace;

/**
 * The outcome of capturing one event: its id (the sender's eventID or the CBV 2.0 hash), its hash, and whether
 * this capture stored it ({@code created}) or found it already stored (a retry).
 */
public record CapturedEvent(String eventId, String hash, boolean created) {
}
