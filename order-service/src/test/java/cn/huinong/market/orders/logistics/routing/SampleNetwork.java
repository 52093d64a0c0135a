package cn.huinong.market.orders.logistics.routing;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import cn.huinong.market.orders.logistics.network.Capacity;
import cn.huinong.market.orders.logistics.network.Coordinates;
import cn.huinong.market.orders.logistics.network.LegCost;
import cn.huinong.market.orders.logistics.network.LegMode;
import cn.huinong.market.orders.logistics.network.LegSchedule;
import cn.huinong.market.orders.logistics.network.Network;
import cn.huinong.market.orders.logistics.network.NetworkLeg;
import cn.huinong.market.orders.logistics.network.NetworkNode;
import cn.huinong.market.orders.logistics.network.NodeKind;
import cn.huinong.market.orders.logistics.network.OpeningHours;
import cn.huinong.market.orders.logistics.network.Subsidy;
import cn.huinong.market.orders.logistics.network.SubsidyPayer;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

/**
 * A village of Linxia county (622921) with a road to Lanzhou's Chengguan district (620102): a township van, county van
 * and reefer, and two carrier trunks — a cheap slow one daily and a fast dear one three days a week — plus a reefer
 * trunk that takes 30 hours.
 */
final class SampleNetwork {

    static final String LINXIA = "622921";
    static final String LANZHOU = "620102";

    private SampleNetwork() {
    }

    static NetworkNode node(String id, NodeKind kind, String county, OpeningHours hours, boolean cold) {
        return new NetworkNode(id, kind, county, id, new Coordinates(35.5, 103.2), hours, cold);
    }

    static NetworkLeg leg(String id, String from, String to, LegMode mode, LegSchedule schedule, LegCost cost,
            boolean reefer) {
        return new NetworkLeg(id, from, to, mode, schedule, cost, new Capacity(800, 6000), reefer);
    }

    static LegSchedule daily(String cutoff, String departure, int minutes) {
        return LegSchedule.daily(LocalTime.parse(cutoff), LocalTime.parse(departure), Duration.ofMinutes(minutes));
    }

    static List<NetworkNode> nodes() {
        return List.of(
                node("village", NodeKind.VILLAGE_STATION, LINXIA,
                        OpeningHours.daily(LocalTime.of(8, 0), LocalTime.of(12, 0)), false),
                node("township", NodeKind.TOWNSHIP_POINT, LINXIA, OpeningHours.ALWAYS, false),
                node("hub", NodeKind.COUNTY_HUB, LINXIA, OpeningHours.ALWAYS, true),
                node("lanzhou", NodeKind.CARRIER_GATEWAY, LANZHOU, OpeningHours.ALWAYS, true));
    }

    static List<NetworkLeg> legs(int reeferTrunkMinutes) {
        return List.of(
                leg("van-1", "village", "township", LegMode.TOWNSHIP_VAN, daily("11:00", "11:30", 60),
                        new LegCost.FixedPerRun(6_000, 200), true),
                leg("van-2", "township", "hub", LegMode.COUNTY_VAN, daily("13:00", "14:00", 90),
                        new LegCost.PerKm(300, 40, 400), false),
                leg("reefer-2", "township", "hub", LegMode.COUNTY_REEFER,
                        new LegSchedule(EnumSet.of(TUESDAY, THURSDAY), LocalTime.of(13, 0), Duration.ofMinutes(90),
                                LocalTime.of(12, 30)),
                        new LegCost.FixedPerRun(20_000, 300), true),
                leg("ground", "hub", "lanzhou", LegMode.CARRIER_TRUNK, daily("18:00", "19:00", 20 * 60),
                        new LegCost.ZoneTariff(800, 300), false),
                leg("express", "hub", "lanzhou", LegMode.CARRIER_TRUNK,
                        new LegSchedule(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), LocalTime.of(17, 0),
                                Duration.ofHours(10), LocalTime.of(16, 0)),
                        new LegCost.ZoneTariff(2_000, 1_000), false),
                leg("cold-trunk", "hub", "lanzhou", LegMode.CARRIER_TRUNK, daily("20:00", "21:00", reeferTrunkMinutes),
                        new LegCost.ZoneTariff(3_000, 1_500), true));
    }

    static Network network(long version) {
        return network(version, 30 * 60);
    }

    static Network network(long version, int reeferTrunkMinutes) {
        return Network.of(version, nodes(), legs(reeferTrunkMinutes),
                List.of(new Subsidy("county-food", SubsidyPayer.COUNTY, "622921", "food", 50, 500),
                        new Subsidy("platform-all", SubsidyPayer.PLATFORM, "6229", null, 10, 10_000)));
    }
}
