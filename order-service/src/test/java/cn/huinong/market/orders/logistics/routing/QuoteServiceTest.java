package cn.huinong.market.orders.logistics.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.orders.logistics.network.LogisticsRefusal;
import cn.huinong.market.orders.logistics.network.ParcelSize;
import cn.huinong.market.orders.logistics.network.SubsidyPayer;
import cn.huinong.market.orders.logistics.network.TemperatureClass;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteServiceTest {

    /** Monday 2026-11-30, 09:00 in Linxia. */
    private static final ZonedDateTime MONDAY_9 = LocalDateTime.of(2026, 11, 30, 9, 0).atZone(QuoteService.ZONE);

    private final MutableClock clock = new MutableClock(MONDAY_9.toInstant(), QuoteService.ZONE);
    private final QuoteService quotes = new QuoteService(clock);

    private static ParcelQuoteQuery request(long grams, TemperatureClass temperature) {
        return new ParcelQuoteQuery("village", SampleNetwork.LANZHOU, new ParcelSize(grams, 3_000), temperature, "food",
                null);
    }

    private static ZonedDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, 30, hour, minute).plusDays(day).atZone(QuoteService.ZONE);
    }

    private static List<String> legIds(Route route) {
        return route.legs().stream().map(QuotedLeg::legId).toList();
    }

    @Test
    void cheapestTakesTheGroundTrunkAndFastestTheExpressWithCostsPerLeg() {
        Quote quote = quotes.quote(SampleNetwork.network(1), request(2_500, TemperatureClass.AMBIENT));

        assertEquals(List.of("van-1", "van-2", "ground"), legIds(quote.cheapest()));
        // van: 6,000 fen for 200 kg, 2.5 kg → 75; county van 12,000 fen for 400 kg → 75; ground 800 + 2 × 300.
        assertEquals(List.of(75L, 75L, 1_400L), quote.cheapest().legs().stream().map(QuotedLeg::costFen).toList());
        assertEquals(1_550, quote.cheapest().costFen());
        assertEquals(at(1, 15, 0), quote.cheapest().promisedDelivery());
        assertEquals(at(0, 11, 30), quote.cheapest().legs().getFirst().departs());

        assertEquals(List.of("van-1", "van-2", "express"), legIds(quote.fastest()));
        assertEquals(at(1, 3, 0), quote.fastest().promisedDelivery());
        assertEquals(75 + 75 + 2_000 + 2 * 1_000, quote.fastest().costFen());
    }

    @Test
    void subsidiesAreSeparateLinesNeverAboveTheCost() {
        Quote quote = quotes.quote(SampleNetwork.network(1), request(2_500, TemperatureClass.AMBIENT));

        assertEquals(List.of(new SubsidyLine("county-food", SubsidyPayer.COUNTY, 500),
                new SubsidyLine("platform-all", SubsidyPayer.PLATFORM, 155)), quote.subsidies());
    }

    @Test
    void aParcelReadyAfterTheCutoffTakesTheNextDaysVan() {
        clock.set(at(0, 11, 1).toInstant());
        Quote quote = quotes.quote(SampleNetwork.network(1), request(1_000, TemperatureClass.AMBIENT));

        assertEquals(at(1, 11, 30), quote.cheapest().legs().getFirst().departs());
        assertEquals(at(2, 15, 0), quote.cheapest().promisedDelivery());
    }

    @Test
    void aParcelReadyWhenTheStationIsClosedIsHandedInWhenItOpens() {
        var request = new ParcelQuoteQuery("village", SampleNetwork.LANZHOU, new ParcelSize(1_000, 0),
                TemperatureClass.AMBIENT, null, at(0, 6, 0).toInstant());
        assertEquals(at(0, 11, 30), quotes.quote(SampleNetwork.network(1), request).cheapest().legs().getFirst()
                .departs());

        var evening = new ParcelQuoteQuery("village", SampleNetwork.LANZHOU, new ParcelSize(1_000, 0),
                TemperatureClass.AMBIENT, null, at(0, 19, 0).toInstant());
        assertEquals(at(1, 11, 30), quotes.quote(SampleNetwork.network(1), evening).cheapest().legs().getFirst()
                .departs());
    }

    @Test
    void chilledGoodsRideOnlyReeferLegs() {
        Quote quote = quotes.quote(SampleNetwork.network(1), request(2_000, TemperatureClass.CHILLED));

        // The county reefer runs on Tuesdays; the cold trunk leaves at 21:00 and takes 30 h.
        assertEquals(List.of("van-1", "reefer-2", "cold-trunk"), legIds(quote.cheapest()));
        assertEquals(at(1, 11, 30), quote.cheapest().legs().getFirst().departs());
        assertEquals(at(3, 3, 0), quote.cheapest().promisedDelivery());
        assertEquals(quote.cheapest(), quote.fastest());
        assertTrue(quote.cheapest().legs().stream().noneMatch(leg -> leg.legId().equals("van-2")));
    }

    @Test
    void goodsThatWouldSpoilOnTheWayAreRefusedWithTheReason() {
        // A 40 h reefer trunk: Tuesday 11:30 + 40 h from the first departure is more than chilled goods' 48 h once
        // the wait at the hub is counted (arrival Thursday 13:00 = 49.5 h); frozen goods (72 h) still go.
        var slow = SampleNetwork.network(2, 40 * 60);

        var refusal = assertThrows(LogisticsRefusal.class,
                () -> quotes.quote(slow, request(2_000, TemperatureClass.CHILLED)));
        assertTrue(refusal.getMessage().contains("cannot reach county 620102"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("CHILLED"), refusal.getMessage());

        Quote frozen = quotes.quote(slow, request(2_000, TemperatureClass.FROZEN));
        assertEquals(at(3, 13, 0), frozen.cheapest().promisedDelivery());
    }

    @Test
    void badParcelsAndPlacesAreRefusedWithTheReason() {
        var network = SampleNetwork.network(1);
        assertTrue(assertThrows(LogisticsRefusal.class,
                () -> quotes.quote(network, request(-5, TemperatureClass.AMBIENT))).getMessage()
                .contains("weight must be positive"));
        assertTrue(assertThrows(LogisticsRefusal.class,
                () -> quotes.quote(network, request(900_000, TemperatureClass.AMBIENT))).getMessage()
                .contains("heavier or bulkier than any vehicle"));
        assertTrue(assertThrows(LogisticsRefusal.class,
                () -> quotes.quote(network, new ParcelQuoteQuery("nowhere", SampleNetwork.LANZHOU,
                        new ParcelSize(1_000, 0), TemperatureClass.AMBIENT, null, null)))
                .getMessage()
                .contains("unknown node nowhere"));
        assertTrue(assertThrows(LogisticsRefusal.class,
                () -> quotes.quote(network, new ParcelQuoteQuery("village", "110101", new ParcelSize(1_000, 0),
                        TemperatureClass.AMBIENT, null, null)))
                .getMessage()
                .contains("no leg of the network reaches county 110101"));
    }

    @Test
    void theGraphIsBuiltOncePerNetworkVersion() {
        var cache = new TimeExpandedGraphCache();
        var first = cache.graphOf(SampleNetwork.network(7));
        assertSame(first, cache.graphOf(SampleNetwork.network(7)));
        assertTrue(first != cache.graphOf(SampleNetwork.network(8)));
    }
}
