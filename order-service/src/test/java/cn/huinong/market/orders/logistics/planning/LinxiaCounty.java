package cn.huinong.market.orders.logistics.planning;

import cn.huinong.market.orders.logistics.network.Capacity;
import cn.huinong.market.orders.logistics.network.LegCost;
import cn.huinong.market.orders.logistics.network.ParcelSize;
import cn.huinong.market.orders.logistics.routing.RoadNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a Linxia-like county for one cutoff (test and benchmark data, not shipped): the hub in the county seat
 * Hanji, townships named after Linxia county's real ones around it at 8–22 km, villages 2–7 km around their township,
 * mountain roads 1.4–2.2 times the straight line, village stations open 08:00–12:00, parcels of 0.3–20 kg from shops
 * spread over the villages, a share of them cold.
 */
public final class LinxiaCounty {

    public static final List<String> TOWNSHIPS = List.of("土桥镇", "马集镇", "莲花镇", "新集镇", "尹集镇", "刁祁镇", "营滩镇",
            "麻尼寺沟乡", "漠泥沟乡");
    public static final String HUB = "韩集镇枢纽";

    public static final VehicleType TOWNSHIP_VAN = new VehicleType("township-van", false, new Capacity(600, 4_000),
            5_000, 200, 3);
    public static final VehicleType TOWNSHIP_REEFER = new VehicleType("township-reefer", true, new Capacity(300, 1_500),
            8_000, 300, 1);
    public static final VehicleType COUNTY_VAN = new VehicleType("county-van", false, new Capacity(2_000, 12_000),
            15_000, 350, 4);
    public static final VehicleType COUNTY_REEFER = new VehicleType("county-reefer", true, new Capacity(1_500, 8_000),
            25_000, 500, 3);
    /** The yardstick: one fleet for everything, so refrigerated, collecting at the villages for the hub. */
    public static final VehicleType MIXED_FLEET_TRUCK = new VehicleType("mixed-reefer", true,
            new Capacity(1_500, 8_000), 25_000, 500, 30);
    public static final Window MIXED_FLEET_RUNS = new Window(6 * 60, 14 * 60);

    private LinxiaCounty() {
    }

    /** The problem and the villages that have parcels (for the every-village-drives-alone yardstick). */
    public record County(CutoffProblem problem, List<String> villages) {
    }

    public static County generate(long seed, int townships, int villages, int parcels, int shops, double coldShare) {
        Random random = new Random(seed);
        RoadNetwork roads = new RoadNetwork().place(HUB);
        Map<String, double[]> at = new LinkedHashMap<>();
        at.put(HUB, new double[]{0, 0});
        Map<String, String> townshipOfVillage = new LinkedHashMap<>();
        List<String> townshipIds = new ArrayList<>();
        for (int t = 0; t < townships; t++) {
            String township = TOWNSHIPS.get(t);
            double angle = 2 * Math.PI * t / townships + random.nextDouble() * 0.3;
            double radius = 8 + random.nextDouble() * 14;
            at.put(township, new double[]{radius * Math.cos(angle), radius * Math.sin(angle)});
            townshipIds.add(township);
            roads.road(HUB, township, winding(random, at, HUB, township));
        }
        for (int t = 0; t < townships; t++) {
            String a = townshipIds.get(t);
            String b = townshipIds.get((t + 1) % townships);
            if (!a.equals(b)) {
                roads.road(a, b, winding(random, at, a, b));
            }
        }
        List<String> villageIds = new ArrayList<>();
        for (int v = 0; v < villages; v++) {
            String township = townshipIds.get(v % townships);
            String village = township + "-村" + (v / townships + 1);
            double[] centre = at.get(township);
            double angle = random.nextDouble() * 2 * Math.PI;
            double radius = 2 + random.nextDouble() * 5;
            at.put(village, new double[]{centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)});
            roads.road(village, township, winding(random, at, village, township));
            // A track to the previous village of the same township, so that vans can go village to village.
            if (v >= townships) {
                String previous = villageIds.get(v - townships);
                roads.road(village, previous, winding(random, at, village, previous));
            }
            townshipOfVillage.put(village, township);
            villageIds.add(village);
        }
        List<String> shopVillage = new ArrayList<>();
        for (int s = 0; s < shops; s++) {
            shopVillage.add(villageIds.get(s < villages ? s : random.nextInt(villages)));
        }
        List<Parcel> generated = new ArrayList<>();
        for (int p = 0; p < parcels; p++) {
            int shop = p < shops ? p : random.nextInt(shops);
            long grams = 300 + (long) (Math.pow(random.nextDouble(), 2) * 19_700);
            long millilitres = (long) (grams * (1.5 + random.nextDouble() * 3));
            generated.add(new Parcel("p%04d".formatted(p), "shop-%03d".formatted(shop), shopVillage.get(shop),
                    new ParcelSize(grams, millilitres), random.nextDouble() < coldShare));
        }
        List<String> sites = new ArrayList<>(at.keySet());
        var problem = new CutoffProblem(HUB, townshipOfVillage, generated, roads.distances(sites), 30, 1,
                new Window(8 * 60, 12 * 60), new Window(7 * 60, 13 * 60), List.of(TOWNSHIP_VAN, TOWNSHIP_REEFER),
                new Window(12 * 60, 17 * 60), new Window(11 * 60, 18 * 60), List.of(COUNTY_VAN, COUNTY_REEFER),
                new LegCost.ZoneTariff(600, 100), new LegCost.ZoneTariff(1_200, 200));
        List<String> withParcels = generated.stream().map(Parcel::villageId).distinct().sorted().toList();
        return new County(problem, withParcels);
    }

    /** The Linxia benchmark county: 9 townships, 100 villages, 500 parcels from 240 shops, 15% cold. */
    public static County benchmark(long seed) {
        return generate(seed, 9, 100, 500, 240, 0.15);
    }

    private static double winding(Random random, Map<String, double[]> at, String a, String b) {
        double[] p = at.get(a);
        double[] q = at.get(b);
        double straight = Math.hypot(p[0] - q[0], p[1] - q[1]);
        return Math.max(0.5, straight * (1.4 + random.nextDouble() * 0.8));
    }
}
