package cn.huinong.market.common.paging;

import cn.huinong.market.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Opaque keyset cursors: the sort key values of the last item shown, so the next page starts right after it
 * however many rows are inserted meanwhile (offsets would skip or repeat rows).
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(Object... keys) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(keys[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the key values, or an empty list for a null cursor (the first page) */
    public static List<String> decode(String cursor, int expectedKeys) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (keys.size() != expectedKeys) {
                throw invalid();
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /**
     * Decodes a two-value cursor with {@code parse}; a cursor whose values do not parse is the client's mistake (400).
     *
     * @return null for the first page
     */
    public static <K> K decodePair(String cursor, BiFunction<String, String, K> parse) {
        List<String> keys = decode(cursor, 2);
        if (keys.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(keys.get(0), keys.get(1));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("after", "detail.cursor-invalid");
    }
}
