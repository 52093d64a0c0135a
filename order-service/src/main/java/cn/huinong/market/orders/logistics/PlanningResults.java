package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.planning.CutoffProblem;
import cn.huinong.market.orders.logistics.planning.Parcel;
import cn.huinong.market.orders.logistics.planning.Plan;
import cn.huinong.market.orders.logistics.planning.PlanRun;
import cn.huinong.market.orders.logistics.planning.PlanValidator;
import cn.huinong.market.orders.logistics.planning.RunCharges;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a plan into what the job shows: runs with their split, totals against shipping alone, the checks. */
final class PlanningResults {

    private PlanningResults() {
    }

    static PlanningResult of(CutoffProblem problem, Plan plan) {
        Map<String, RunCharges.Charge> charges = RunCharges.of(problem, plan).stream()
                .collect(Collectors.toMap(RunCharges.Charge::runId, Function.identity()));
        Map<String, long[]> byShop = new TreeMap<>();
        long uncovered = 0;
        List<PlanningResult.Run> runs = new java.util.ArrayList<>();
        for (PlanRun run : plan.runs()) {
            RunCharges.Charge charge = charges.get(run.id());
            runs.add(PlanningResult.Run.of(run, charge.split().fenByShop(), charge.standAloneFen()));
            charge.split().fenByShop().forEach((shop, fen) -> byShop.computeIfAbsent(shop, s -> new long[2])[0] += fen);
            charge.standAloneFen()
                    .forEach((shop, fen) -> byShop.computeIfAbsent(shop, s -> new long[2])[1] += fen);
            uncovered += charge.split().uncoveredFen();
        }
        List<PlanningResult.ShopCharge> shops = byShop.entrySet().stream()
                .map(e -> new PlanningResult.ShopCharge(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new PlanningResult(problem.parcels().size(), runs, plan.rolledOverAtVillages(),
                plan.rolledOverAtTownships(), plan.km(), plan.costFen(), aloneKm(problem), aloneFen(problem),
                PlanValidator.violations(problem, plan), shops, uncovered);
    }

    /** Each shop drives its own round trip from each of its stations to the hub. */
    private static double aloneKm(CutoffProblem problem) {
        Set<String> trips = new HashSet<>();
        double km = 0;
        for (Parcel parcel : problem.parcels()) {
            if (trips.add(parcel.shopId() + "|" + parcel.villageId())) {
                km += 2 * problem.roads().km(parcel.villageId(), problem.hubId());
            }
        }
        return km;
    }

    private static long aloneFen(CutoffProblem problem) {
        return problem.parcels().stream().mapToLong(parcel -> {
            long grams = parcel.size().chargeableGrams();
            return problem.standAloneToTownship().parcelFen(grams) + problem.standAloneToHub().parcelFen(grams);
        }).sum();
    }

    /** The run each parcel was put on last (its county run, else the township run that brought it in). */
    static Map<String, String> runOfParcel(Plan plan) {
        Map<String, String> runOf = new LinkedHashMap<>();
        plan.runs().forEach(run -> run.parcelIds().forEach(id -> runOf.put(id, run.id())));
        return runOf;
    }
}
