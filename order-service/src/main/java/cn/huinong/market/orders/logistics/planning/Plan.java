package cn.huinong.market.orders.logistics.planning;

import java.util.List;

/**
 * A cutoff's runs. Parcels no township run could take stay at their village station for the next run; parcels a
 * township run brought in but no county run could take stay at the township point. None vanish.
 */
public record Plan(List<PlanRun> runs, List<String> rolledOverAtVillages, List<String> rolledOverAtTownships) {

    public double km() {
        return runs.stream().mapToDouble(PlanRun::km).sum();
    }

    public long costFen() {
        return runs.stream().mapToLong(PlanRun::costFen).sum();
    }
}
