package cn.huinong.market.common.paging;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A keyset of a calendar date and the id that breaks ties (certificates by validity, cohorts by start date), the
 * date-only sibling of {@link TimeKey}.
 */
public record DateKey(LocalDate date, UUID id) {

    public String cursor() {
        return Cursor.encode(date, id);
    }

    /** @return null for the first page; a cursor that is no date key is a 400 on {@code after} */
    public static DateKey decode(String cursor) {
        return Cursor.decodePair(cursor, (date, id) -> new DateKey(LocalDate.parse(date), UUID.fromString(id)));
    }
}
