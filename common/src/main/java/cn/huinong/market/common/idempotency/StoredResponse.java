package cn.huinong.market.common.idempotency;

import java.util.Map;

/** The response of the first request with a key, as it is replayed to every retry. */
public record StoredResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    /** Headers a replay must carry so that the client sees the same result (where it is, which version). */
    public static final java.util.List<String> REPLAYED_HEADERS = java.util.List.of("Location", "ETag");

    static String encodeHeaders(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append('\n').append(value).append('\n'));
        return text.toString();
    }

    static Map<String, String> decodeHeaders(String text) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return headers;
        }
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            headers.put(lines[i], lines[i + 1]);
        }
        return headers;
    }
}
