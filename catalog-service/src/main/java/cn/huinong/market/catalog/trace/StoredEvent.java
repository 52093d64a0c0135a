package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** An event as stored: its JSON-LD (with eventID and @context) and where it sits in the store. */
public record StoredEvent(long seq, String eventId, UUID shopId, JsonNode document) {
}
