package cn.huinong.market.orders.logistics.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            List<RoutingSolver.Pickup> pickups = problem.parcels().stream()
                    .filter(parcel -> problem.townshipOf(parcel).equals(township))
                    .sorted(Comparator.comparing(Parcel::id))
                    .map(parcel -> new RoutingSolver.Pickup(parcel, parcel.villageId(), problem.villagePickups()))
                    .toList();
            var result = RoutingSolver.solve(problem, Tier.TOWNSHIP, township, problem.townshipRuns(),
                    problem.townshipFleet(), pickups, settings, townshipMillis);
            runs.addAll(result.runs());
            rolledOverAtVillages.addAll(result.unassigned());
            result.runs().forEach(run -> run.parcelIds().forEach(id -> backAtTownship.put(id, run.returns())));
        }

        List<RoutingSolver.Pickup> countyPickups = backAtTownship.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(entry -> {
                    Parcel parcel = parcels.get(entry.getKey());
                    Window window = new Window(Math.max(problem.countyPickups().start(), entry.getValue()),
                            problem.countyPickups().end());
                    return new RoutingSolver.Pickup(parcel, problem.townshipOf(parcel), window);
                }).filter(pickup -> pickup.window().start() <= pickup.window().end()).toList();
        var county = RoutingSolver.solve(problem, Tier.COUNTY, problem.hubId(), problem.countyRuns(),
                problem.countyFleet(), countyPickups, settings, settings.timeLimit().toMillis() / 2);
        runs.addAll(county.runs());
        List<String> rolledOverAtTownships = new ArrayList<>(county.unassigned());
        // Brought in too late for any county run today: they wait at the township point.
        backAtTownship.keySet().stream()
                .filter(id -> countyPickups.stream().noneMatch(pickup -> pickup.parcel().id().equals(id)))
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
        List<RoutingSolver.Pickup> pickups = problem.parcels().stream().sorted(Comparator.comparing(Parcel::id))
                .map(parcel -> new RoutingSolver.Pickup(parcel, parcel.villageId(), problem.villagePickups()))
                .toList();
        var result = RoutingSolver.solve(problem, Tier.COUNTY, problem.hubId(), runWindow, mixedFleet, pickups,
                settings, settings.timeLimit().toMillis());
        return new Plan(result.runs(), result.unassigned(), List.of());
    }
}
