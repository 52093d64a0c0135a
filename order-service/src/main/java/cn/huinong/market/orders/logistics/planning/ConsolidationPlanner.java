package cn.huinong.market.orders.logistics.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans one cutoff in two tiers: per township, township vans (and a reefer van for cold parcels) collect at the
 * village stations and bring the parcels to the township point; then county vans and reefers collect at the township
 * points for the hub, each parcel no earlier than the township run that brought it is back. The solver is jsprit
 * (see LOGISTICS.md); the time limit is shared out: half for the township tier, half for the county tier.
 */
@ApplicationScoped
public class ConsolidationPlanner {

    public Plan plan(CutoffProblem problem, SolverSettings settings) {
        Map<String, Parcel> parcels = problem.parcels().stream()
                .collect(Collectors.toMap(Parcel::id, Function.identity()));
        List<String> townships = problem.townships();
        long townshipMillis = settings.timeLimit().toMillis() / 2 / Math.max(1, townships.size());

        List<PlanRun> runs = new ArrayList<>();
        List<String> rolledOverAtVillages = new ArrayList<>();
        Map<String, Double> backAtTownship = new HashMap<>();
        for (String township : townships) {
            List<Parcel> ready = problem.parcels().stream()
                    .filter(parcel -> problem.townshipOf(parcel).equals(township)).toList();
            List<RoutingSolver.Pickup> pickups = bundles(ready, Parcel::villageId, parcel -> problem.villagePickups(),
                    problem.townshipFleet());
            var result = RoutingSolver.solve(problem, Tier.TOWNSHIP, township, problem.townshipRuns(),
                    problem.townshipFleet(), pickups, settings, townshipMillis);
            runs.addAll(result.runs());
            rolledOverAtVillages.addAll(result.unassigned());
            result.runs().forEach(run -> run.parcelIds().forEach(id -> backAtTownship.put(id, run.returns())));
        }

        Map<String, Window> countyWindow = new HashMap<>();
        backAtTownship.forEach((id, back) -> countyWindow.put(id,
                new Window(Math.max(problem.countyPickups().start(), back), problem.countyPickups().end())));
        List<Parcel> collected = countyWindow.entrySet().stream()
                .filter(entry -> entry.getValue().start() <= entry.getValue().end())
                .map(entry -> parcels.get(entry.getKey())).toList();
        List<RoutingSolver.Pickup> countyPickups = bundles(collected, problem::townshipOf,
                parcel -> countyWindow.get(parcel.id()), problem.countyFleet());
        var county = RoutingSolver.solve(problem, Tier.COUNTY, problem.hubId(), problem.countyRuns(),
                problem.countyFleet(), countyPickups, settings, settings.timeLimit().toMillis() / 2);
        runs.addAll(county.runs());
        List<String> rolledOverAtTownships = new ArrayList<>(county.unassigned());
        // Brought in too late for any county run today: they wait at the township point.
        backAtTownship.keySet().stream()
                .filter(id -> collected.stream().noneMatch(parcel -> parcel.id().equals(id)))
                .forEach(rolledOverAtTownships::add);
        rolledOverAtVillages.sort(null);
        rolledOverAtTownships.sort(null);
        return new Plan(runs, rolledOverAtVillages, rolledOverAtTownships);
    }

    /**
     * The yardstick plan: one fleet that can carry everything (so every vehicle is refrigerated) collects at every
     * village station and drives straight to the hub, with no township tier.
     */
    public Plan planSingleTier(CutoffProblem problem, List<VehicleType> mixedFleet, Window runWindow,
            SolverSettings settings) {
        List<RoutingSolver.Pickup> pickups = bundles(problem.parcels(), Parcel::villageId,
                parcel -> problem.villagePickups(), mixedFleet);
        var result = RoutingSolver.solve(problem, Tier.COUNTY, problem.hubId(), runWindow, mixedFleet, pickups,
                settings, settings.timeLimit().toMillis());
        return new Plan(result.runs(), result.unassigned(), List.of());
    }

    /**
     * Groups the parcels waiting at the same place in the same window and temperature into bundles of at most half
     * the smallest vehicle that may carry them (so that bundles still pack), in parcel id order for reproducibility. A
     * parcel too big for any vehicle is a bundle of its own and rolls over.
     */
    static List<RoutingSolver.Pickup> bundles(List<Parcel> parcels, Function<Parcel, String> place,
            Function<Parcel, Window> window, List<VehicleType> fleet) {
        Map<String, List<Parcel>> groups = new TreeMap<>();
        parcels.stream().sorted(Comparator.comparing(Parcel::id)).forEach(parcel -> groups
                .computeIfAbsent(place.apply(parcel) + "|" + parcel.cold() + "|" + window.apply(parcel),
                        key -> new ArrayList<>())
                .add(parcel));
        List<RoutingSolver.Pickup> pickups = new ArrayList<>();
        for (List<Parcel> group : groups.values()) {
            Parcel first = group.getFirst();
            long maxGrams = fleet.stream().filter(type -> type.reefer() || !first.cold())
                    .mapToLong(type -> type.capacity().kilograms() * 1000).min().orElse(0) / 2;
            long maxMillilitres = fleet.stream().filter(type -> type.reefer() || !first.cold())
                    .mapToLong(type -> type.capacity().litres() * 1000).min().orElse(0) / 2;
            List<Parcel> bundle = new ArrayList<>();
            long grams = 0;
            long millilitres = 0;
            for (Parcel parcel : group) {
                if (!bundle.isEmpty() && (grams + parcel.size().grams() > maxGrams
                        || millilitres + parcel.size().millilitres() > maxMillilitres)) {
                    pickups.add(new RoutingSolver.Pickup(List.copyOf(bundle), place.apply(first), window.apply(first)));
                    bundle.clear();
                    grams = 0;
                    millilitres = 0;
                }
                bundle.add(parcel);
                grams += parcel.size().grams();
                millilitres += parcel.size().millilitres();
            }
            pickups.add(new RoutingSolver.Pickup(List.copyOf(bundle), place.apply(first), window.apply(first)));
        }
        return pickups;
    }
}
