package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.LegCost;
import cn.huinong.market.orders.logistics.network.LegMode;
import cn.huinong.market.orders.logistics.network.LogisticsRefusal;
import cn.huinong.market.orders.logistics.network.Network;
import cn.huinong.market.orders.logistics.network.NetworkLeg;
import cn.huinong.market.orders.logistics.network.NetworkNode;
import cn.huinong.market.orders.logistics.network.NodeKind;
import cn.huinong.market.orders.logistics.network.ParcelSize;
import cn.huinong.market.orders.logistics.planning.CutoffProblem;
import cn.huinong.market.orders.logistics.planning.Parcel;
import cn.huinong.market.orders.logistics.planning.Window;
import cn.huinong.market.orders.logistics.routing.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds one cutoff's problem from what is stored: the county of the hub, its village stations and the township
 * point each sends its township van to, roads along the county's legs (their km when paid by the km, else the
 * straight line times the detour), and the shop orders paid by the cutoff at those stations that no finished plan
 * has put on a run yet. Orders keep no volume, so a parcel is planned at one litre per kilogram.
 */
@ApplicationScoped
public class CutoffProblems {

    /** Township and county fleets and windows, those of the Linxia demo county (LOGISTICS.md). */
    static final Window TOWNSHIP_RUNS = new Window(7 * 60, 13 * 60);
    static final Window COUNTY_PICKUPS = new Window(12 * 60, 17 * 60);
    static final Window COUNTY_RUNS = new Window(11 * 60, 18 * 60);

    @Inject NetworkStore store;

    @Inject EntityManager em;

    @Inject PlanningConfig config;

    /** @return the hub's node, or a 400 problem when it is not a county hub of the network */
    public NetworkNode hub(String hubCode) {
        NetworkNode hub = store.current().nodesById().get(hubCode);
        if (hub == null || hub.kind() != NodeKind.COUNTY_HUB) {
            throw Refusals.invalid("hubCode",
                    new LogisticsRefusal("no county hub " + hubCode + " in the network"));
        }
        return hub;
    }

    @Transactional
    public CutoffProblem build(String hubCode, OffsetDateTime cutoff) {
        Network network = store.current();
        NetworkNode hub = hub(hubCode);
        Map<String, NetworkNode> nodes = network.nodesById();
        List<NetworkLeg> countyLegs = network.legs().stream().filter(leg -> leg.mode() != LegMode.CARRIER_TRUNK)
                .filter(leg -> inCounty(nodes.get(leg.from()), hub) && inCounty(nodes.get(leg.to()), hub))
                .sorted(Comparator.comparing(NetworkLeg::id)).toList();
        Map<String, String> townshipOfVillage = new TreeMap<>();
        RoadNetwork roads = new RoadNetwork().place(hub.id());
        for (NetworkLeg leg : countyLegs) {
            NetworkNode from = nodes.get(leg.from());
            NetworkNode to = nodes.get(leg.to());
            roads.road(from.id(), to.id(), km(leg, from, to));
            if (leg.mode() == LegMode.TOWNSHIP_VAN && from.kind() == NodeKind.VILLAGE_STATION
                    && to.kind() == NodeKind.TOWNSHIP_POINT) {
                townshipOfVillage.putIfAbsent(from.id(), to.id());
            }
        }
        List<String> sites = new ArrayList<>();
        sites.add(hub.id());
        new TreeSet<>(townshipOfVillage.values()).forEach(sites::add);
        sites.addAll(townshipOfVillage.keySet());
        List<Parcel> parcels = parcels(List.copyOf(townshipOfVillage.keySet()), cutoff);
        return new CutoffProblem(hub.id(), townshipOfVillage, parcels, roads.distances(sites), config.kmPerHour(),
                config.serviceMinutesPerParcel(), villagePickups(townshipOfVillage.keySet(), nodes), TOWNSHIP_RUNS,
                PlanningFleets.TOWNSHIP, COUNTY_PICKUPS, COUNTY_RUNS, PlanningFleets.COUNTY,
                new LegCost.ZoneTariff(config.aloneToTownshipFirstKgFen(), config.aloneToTownshipExtraKgFen()),
                new LegCost.ZoneTariff(config.aloneToHubFirstKgFen(), config.aloneToHubExtraKgFen()));
    }

    private static boolean inCounty(NetworkNode node, NetworkNode hub) {
        return node != null && node.divisionCode().equals(hub.divisionCode());
    }

    private double km(NetworkLeg leg, NetworkNode from, NetworkNode to) {
        if (leg.cost() instanceof LegCost.PerKm perKm) {
            return perKm.km();
        }
        if (from.at() == null || to.at() == null) {
            throw new IllegalStateException("leg " + leg.id() + " has neither km nor both ends' coordinates");
        }
        // Two stations at the same spot still need the van to drive a little.
        return Math.max(0.1, from.at().straightLineKm(to.at()) * config.roadDetour());
    }

    /** The stations hand parcels over in their opening hours: from the earliest opening to the latest closing. */
    private static Window villagePickups(Iterable<String> villages, Map<String, NetworkNode> nodes) {
        LocalTime opens = LocalTime.of(8, 0);
        LocalTime closes = LocalTime.of(12, 0);
        boolean first = true;
        for (String village : villages) {
            var hours = nodes.get(village).hours();
            if (hours == null || !hours.opens().isBefore(hours.closes())) {
                continue;
            }
            opens = first || hours.opens().isBefore(opens) ? hours.opens() : opens;
            closes = first || hours.closes().isAfter(closes) ? hours.closes() : closes;
            first = false;
        }
        return new Window(opens.toSecondOfDay() / 60.0, Math.min(closes.toSecondOfDay() / 60.0, 24 * 60 - 1));
    }

    private List<Parcel> parcels(List<String> villages, OffsetDateTime cutoff) {
        if (villages.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                SELECT o.id, o.shop_id, o.origin_node_code, o.packed_weight_g, o.cold_chain FROM shop_order o
                WHERE o.status IN ('PAID', 'ACCEPTED') AND o.origin_node_code IN (:villages) AND o.paid_at <= :cutoff
                  AND NOT EXISTS (SELECT 1 FROM logistics_planned_parcel p WHERE p.shop_order_id = o.id)
                ORDER BY o.id""").setParameter("villages", villages).setParameter("cutoff", cutoff)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> {
            long grams = Math.max(1, ((Number) row[3]).longValue());
            return new Parcel(Objects.toString(row[0]), Objects.toString(row[1]), (String) row[2],
                    new ParcelSize(grams, grams), (Boolean) row[4]);
        }).toList();
    }
}
