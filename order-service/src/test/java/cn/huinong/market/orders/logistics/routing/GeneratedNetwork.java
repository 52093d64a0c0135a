package cn.huinong.market.orders.logistics.routing;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
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
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * A generated multi-county network for measurements (test data, not shipped): per county a hub, a carrier gateway, 4
 * township points and 44 village stations (50 nodes), village → township → hub → gateway legs, county reefers three
 * days a week, and from each gateway ground, express and reefer trunks to 6 other counties' gateways.
 */
public final class GeneratedNetwork {

    public static final int NODES_PER_COUNTY = 50;

    private GeneratedNetwork() {
    }

    public static String county(int index) {
        return "%06d".formatted(620000 + index);
    }

    public static String village(int county, int township, int village) {
        return "c" + county + "-t" + township + "-v" + village;
    }

    public static Network generate(int counties, long seed) {
        Random random = new Random(seed);
        List<NetworkNode> nodes = new ArrayList<>();
        List<NetworkLeg> legs = new ArrayList<>();
        var mornings = OpeningHours.daily(LocalTime.of(8, 0), LocalTime.of(12, 0));
        for (int c = 0; c < counties; c++) {
            String code = county(c);
            String hub = "c" + c + "-hub";
            String gateway = "c" + c + "-gw";
            nodes.add(node(hub, NodeKind.COUNTY_HUB, code, OpeningHours.ALWAYS, true, random));
            nodes.add(node(gateway, NodeKind.CARRIER_GATEWAY, code, OpeningHours.ALWAYS, true, random));
            legs.add(leg(hub + ">gw", hub, gateway, LegMode.COUNTY_VAN, daily(17, 0, 17, 30, 60),
                    new LegCost.PerKm(350, 15, 1_000), 2_000, true));
            for (int t = 0; t < 4; t++) {
                String township = "c" + c + "-t" + t;
                nodes.add(node(township, NodeKind.TOWNSHIP_POINT, code, OpeningHours.ALWAYS, false, random));
                legs.add(leg(township + ">hub", township, hub, LegMode.COUNTY_VAN, daily(13, 0, 14, 0, 90),
                        new LegCost.PerKm(350, 40, 1_000), 2_000, false));
                legs.add(leg(township + ">hub:reefer", township, hub, LegMode.COUNTY_REEFER,
                        new LegSchedule(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), LocalTime.of(13, 30),
                                Duration.ofMinutes(90), LocalTime.of(13, 0)),
                        new LegCost.FixedPerRun(25_000, 500), 1_500, true));
                for (int v = 0; v < 11; v++) {
                    String village = village(c, t, v);
                    nodes.add(node(village, NodeKind.VILLAGE_STATION, code, mornings, false, random));
                    legs.add(leg(village + ">t", village, township, LegMode.TOWNSHIP_VAN, daily(11, 0, 11, 15, 60),
                            new LegCost.FixedPerRun(5_000, 200), 600, v % 2 == 0));
                }
            }
        }
        for (int c = 0; c < counties; c++) {
            for (int k = 1; k <= 6; k++) {
                int other = (c + k * 7) % counties;
                if (other == c) {
                    continue;
                }
                String from = "c" + c + "-gw";
                String to = "c" + other + "-gw";
                int hours = 8 + random.nextInt(30);
                legs.add(leg(from + ">" + to + ":ground", from, to, LegMode.CARRIER_TRUNK,
                        daily(18, 0, 19, 0, hours * 60), new LegCost.ZoneTariff(800, 300), 10_000, false));
                legs.add(leg(from + ">" + to + ":express", from, to, LegMode.CARRIER_TRUNK,
                        new LegSchedule(EnumSet.of(TUESDAY, THURSDAY, SATURDAY), LocalTime.of(16, 0),
                                Duration.ofHours(Math.max(4, hours / 2)), LocalTime.of(15, 0)),
                        new LegCost.ZoneTariff(2_000, 1_000), 3_000, false));
                legs.add(leg(from + ">" + to + ":reefer", from, to, LegMode.CARRIER_TRUNK,
                        daily(20, 0, 21, 0, hours * 60 + 120), new LegCost.ZoneTariff(3_000, 1_500), 5_000, true));
            }
        }
        return Network.of(seed, nodes, legs, List.of());
    }

    private static NetworkNode node(String id, NodeKind kind, String code, OpeningHours hours, boolean cold,
            Random random) {
        return new NetworkNode(id, kind, code, id, new Coordinates(34 + random.nextDouble() * 4,
                100 + random.nextDouble() * 6), hours, cold);
    }

    private static LegSchedule daily(int cutoffHour, int cutoffMinute, int departureHour, int departureMinute,
            int minutes) {
        return LegSchedule.daily(LocalTime.of(cutoffHour, cutoffMinute), LocalTime.of(departureHour, departureMinute),
                Duration.ofMinutes(minutes));
    }

    private static NetworkLeg leg(String id, String from, String to, LegMode mode, LegSchedule schedule, LegCost cost,
            long kilograms, boolean reefer) {
        return new NetworkLeg(id, from, to, mode, schedule, cost, new Capacity(kilograms, kilograms * 6), reefer);
    }
}
