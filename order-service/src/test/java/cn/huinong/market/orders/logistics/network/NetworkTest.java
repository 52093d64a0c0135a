package cn.huinong.market.orders.logistics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static NetworkNode node(String id) {
        return new NetworkNode(id, NodeKind.TOWNSHIP_POINT, "622921", id, new Coordinates(35.5, 103.2),
                OpeningHours.ALWAYS, false);
    }

    private static NetworkLeg leg(String id, String from, String to, LegSchedule schedule) {
        return new NetworkLeg(id, from, to, LegMode.COUNTY_VAN, schedule, new LegCost.FixedPerRun(5_000, 200),
                new Capacity(500, 3_000), false);
    }

    private static final LegSchedule GOOD = LegSchedule.daily(LocalTime.of(10, 0), LocalTime.of(11, 0),
            Duration.ofHours(1));

    @Test
    void everyProblemOfANetworkIsRefusedAtOnceWithItsReason() {
        var refusal = assertThrows(LogisticsRefusal.class, () -> Network.of(1, List.of(node("a"), node("b")),
                List.of(leg("to-nowhere", "a", "c", GOOD),
                        leg("late-cutoff", "a", "b",
                                LegSchedule.daily(LocalTime.of(12, 0), LocalTime.of(11, 0), Duration.ofHours(1))),
                        leg("no-time", "a", "b",
                                LegSchedule.daily(LocalTime.of(10, 0), LocalTime.of(11, 0), Duration.ZERO)),
                        leg("never", "a", "b", new LegSchedule(EnumSet.noneOf(DayOfWeek.class), LocalTime.of(11, 0),
                                Duration.ofHours(1), LocalTime.of(10, 0)))),
                List.of(new Subsidy("too-much", SubsidyPayer.COUNTY, "6229", null, 120, 100))));

        assertEquals(List.of("leg to-nowhere: unknown node c",
                "leg late-cutoff: impossible schedule, the cutoff 12:00 is after the departure 11:00",
                "leg no-time: impossible schedule, the duration must be positive",
                "leg never: impossible schedule, it runs on no weekday",
                "subsidy too-much: percent must be between 0 and 100"), refusal.reasons());
    }

    @Test
    void duplicatesAndBadNodesAreRefused() {
        var badNode = new NetworkNode("x", NodeKind.VILLAGE_STATION, "6229", "x", new Coordinates(95, 0),
                OpeningHours.daily(LocalTime.NOON, LocalTime.of(8, 0)), false);
        var refusal = assertThrows(LogisticsRefusal.class,
                () -> Network.of(1, List.of(node("a"), node("a"), badNode), List.of(), List.of()));
        assertEquals(List.of("node a is defined twice", "node x: the division code must be 6 digits",
                "node x: coordinates out of range", "node x: it closes before it opens"), refusal.reasons());
    }

    @Test
    void parcelsAreCheckedAgainstTheLargestVehicle() {
        var network = Network.of(1, List.of(node("a"), node("b")), List.of(leg("l", "a", "b", GOOD)), List.of());
        network.checkParcel(new ParcelSize(500_000, 3_000_000));
        assertEquals(List.of("the parcel (500001 g, 0 ml) is heavier or bulkier than any vehicle of the network"
                + " (500 kg, 3000 l)"),
                assertThrows(LogisticsRefusal.class, () -> network.checkParcel(new ParcelSize(500_001, 0)))
                        .reasons());
        assertThrows(LogisticsRefusal.class, () -> network.checkParcel(new ParcelSize(-1, 0)));
        assertThrows(LogisticsRefusal.class, () -> network.node("zzz"));
    }

    @Test
    void costsAndChargeableWeight() {
        assertEquals(2_000, new ParcelSize(1_000, 12_000).chargeableGrams());
        assertEquals(1_000, new ParcelSize(1_000, 600).chargeableGrams());
        assertEquals(800 + 2 * 300, new LegCost.ZoneTariff(800, 300).parcelFen(2_001));
        assertEquals(800, new LegCost.ZoneTariff(800, 300).parcelFen(400));
        assertEquals(3 * 50, new LegCost.PerKg(50).parcelFen(2_500));
        assertEquals(12_000, new LegCost.PerKm(300, 40, 400).runFen());
        assertEquals(1, new LegCost.FixedPerRun(6_000, 200).parcelFen(1));
    }

    @Test
    void openingHoursGiveTheNextMomentOpen() {
        var mornings = new OpeningHours(EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)), LocalTime.of(8, 0),
                LocalTime.of(12, 0));
        var saturdayNoon = LocalDateTime.of(2026, 12, 5, 12, 30);
        assertEquals(LocalDateTime.of(2026, 12, 7, 8, 0), mornings.nextOpenAt(saturdayNoon));
        assertEquals(LocalDateTime.of(2026, 12, 5, 9, 0), mornings.nextOpenAt(LocalDateTime.of(2026, 12, 5, 9, 0)));
        assertEquals(LocalDateTime.of(2026, 12, 5, 8, 0), mornings.nextOpenAt(LocalDateTime.of(2026, 12, 5, 7, 0)));
    }
}
