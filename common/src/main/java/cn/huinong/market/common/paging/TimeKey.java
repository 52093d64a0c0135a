package cn.huinong.market.common.paging;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The most common keyset: a timestamp and the id that breaks ties. {@link #after} turns a cursor into the
 * JPQL condition that starts the next page right after the last row shown.
 */
public record TimeKey(OffsetDateTime at, UUID id) {

    public String cursor() {
        return Cursor.encode(at, id);
    }

    /** @return null for the first page */
    public static TimeKey decode(String cursor) {
        return Cursor.decodePair(cursor, (at, id) -> new TimeKey(OffsetDateTime.parse(at), UUID.fromString(id)));
    }

    /**
     * Appends "rows after the cursor" on {@code timeField}/{@code idField} to a JPQL condition, filling its
     * parameters; the query must order by the same two fields.
     */
    public static String after(String cursor, String condition, String timeField, String idField,
            Map<String, Object> params) {
        return beyond(decode(cursor), ">", "after", condition, timeField, idField, params);
    }

    /**
     * The same for lists shown newest first (ordered by {@code timeField desc, idField desc}): rows before the
     * decoded key, or the condition unchanged for the first page.
     */
    public static String before(TimeKey key, String condition, String timeField, String idField,
            Map<String, Object> params) {
        return beyond(key, "<", "before", condition, timeField, idField, params);
    }

    /** Rows strictly beyond {@code key} in ({@code timeField}, {@code idField}) order, in direction {@code op}. */
    private static String beyond(TimeKey key, String op, String name, String condition, String timeField,
            String idField, Map<String, Object> params) {
        if (key == null) {
            return condition;
        }
        String at = name + "At";
        String id = name + "Id";
        params.put(at, key.at());
        params.put(id, key.id());
        return condition + " and (" + timeField + " " + op + " :" + at + " or (" + timeField + " = :" + at + " and "
                + idField + " " + op + " :" + id + "))";
    }
}
