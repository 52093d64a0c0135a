package cn.huinong.market.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small helpers list and create endpoints share: optional filters, date keysets, client-chosen ids. */
class KeysetHelpersTest {

    @Test
    void aFilterLeavesOutWhatIsNotGiven() {
        JpqlFilter filter = new JpqlFilter().eq("buyerSub", "b-1").eq("status", null).eq("shopId", "s-1");
        assertEquals("1 = 1 and buyerSub = :buyerSub and shopId = :shopId", filter.where());
        assertEquals(Map.of("buyerSub", "b-1", "shopId", "s-1"), filter.params());
        filter.and("(code > :afterCode)", Map.of("afterCode", "x"));
        assertEquals("1 = 1 and buyerSub = :buyerSub and shopId = :shopId and (code > :afterCode)", filter.where());
        assertEquals("x", filter.params().get("afterCode"));
    }

    @Test
    void aDateKeyRoundTripsAndABadCursorIsA400() {
        DateKey key = new DateKey(LocalDate.of(2025, 12, 31), UUID.randomUUID());
        assertEquals(key, DateKey.decode(key.cursor()));
        assertNull(DateKey.decode(null));
        String notADate = Cursor.encode("yesterday", UUID.randomUUID());
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ProblemException.class, () -> DateKey.decode(notADate)).type());
    }

    @Test
    void aChosenIdIsKeptUnlessTakenAndNoChoiceGetsANewOne() {
        UUID chosen = UUID.randomUUID();
        assertEquals(chosen, ClientIds.newId(chosen, id -> null, "shop"));
        ProblemException taken = assertThrows(ProblemException.class,
                () -> ClientIds.newId(chosen, id -> "the shop", "shop"));
        assertEquals(409, taken.type().status());
        UUID fresh = ClientIds.newId(null, id -> "never asked", "shop");
        assertEquals(4, fresh.version());
    }
}
