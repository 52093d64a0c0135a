package cn.huinong.market.orders.logistics.planning;

import cn.huinong.market.orders.logistics.network.LegCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each shop pays for each run of a plan: the run's cost split by {@link CostSplit} in proportion to the shops'
 * stand-alone costs for that stretch (village → township on township runs, township → hub on county runs), so a
 * shop never pays more on any run, nor in total, than it would have alone.
 */
public final class RunCharges {

    private RunCharges() {
    }

    /** One run's split, with each shop's stand-alone cost on it for comparison. */
    public record Charge(String runId, long runFen, CostSplit.Split split, Map<String, Long> standAloneFen) {
    }

    public static List<Charge> of(CutoffProblem problem, Plan plan) {
        Map<String, Parcel> parcels = problem.parcels().stream()
                .collect(Collectors.toMap(Parcel::id, Function.identity()));
        List<Charge> charges = new ArrayList<>();
        for (PlanRun run : plan.runs()) {
            LegCost tariff = run.tier() == Tier.TOWNSHIP ? problem.standAloneToTownship() : problem.standAloneToHub();
            Map<String, Long> standAlone = new TreeMap<>();
            for (String id : run.parcelIds()) {
                Parcel parcel = parcels.get(id);
                standAlone.merge(parcel.shopId(), tariff.parcelFen(parcel.size().chargeableGrams()), Long::sum);
            }
            List<CostSplit.Share> shares = standAlone.entrySet().stream()
                    .map(entry -> new CostSplit.Share(entry.getKey(), entry.getValue())).toList();
            charges.add(new Charge(run.id(), run.costFen(), CostSplit.split(run.costFen(), shares), standAlone));
        }
        return charges;
    }
}
