package cn.huinong.market.orders.logistics.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.orders.logistics.network.Capacity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsolidationPlannerTest {

    private static final SolverSettings SETTINGS = new SolverSettings(42, 50, Duration.ofSeconds(60));

    private final ConsolidationPlanner planner = new ConsolidationPlanner();
    private final CutoffProblem small = LinxiaCounty.generate(7, 3, 12, 60, 30, 0.2).problem();

    @Test
    void aSmallCountyIsPlannedInTwoTiersWithoutViolationsAndEveryParcelAccountedFor() {
        Plan plan = planner.plan(small, SETTINGS);

        assertEquals(List.of(), PlanValidator.violations(small, plan));
        assertTrue(plan.runs().stream().anyMatch(run -> run.tier() == Tier.TOWNSHIP));
        assertTrue(plan.runs().stream().anyMatch(run -> run.tier() == Tier.COUNTY && run.vehicle().reefer()));
        var onCounty = new HashSet<String>();
        plan.runs().stream().filter(run -> run.tier() == Tier.COUNTY).forEach(run -> onCounty.addAll(run.parcelIds()));
        onCounty.addAll(plan.rolledOverAtTownships());
        onCounty.addAll(plan.rolledOverAtVillages());
        assertEquals(small.parcels().size(), onCounty.size());
        assertTrue(plan.costFen() > 0 && plan.km() > 0);
    }

    @Test
    void theSameInputAndSeedGiveTheSamePlan() {
        assertEquals(planner.plan(small, SETTINGS), planner.plan(small, SETTINGS));
    }

    @Test
    void parcelsThatDoNotFitRollOverInsteadOfVanishing() {
        var tiny = new VehicleType("tiny-van", false, new Capacity(20, 200), 5_000, 200, 1);
        var tinyReefer = new VehicleType("tiny-reefer", true, new Capacity(10, 100), 8_000, 300, 1);
        var crowded = new CutoffProblem(small.hubId(), small.townshipOfVillage(), small.parcels(), small.roads(),
                small.kmPerHour(), small.serviceMinutesPerParcel(), small.villagePickups(), small.townshipRuns(),
                List.of(tiny, tinyReefer), small.countyPickups(), small.countyRuns(), List.of(tiny, tinyReefer),
                small.standAloneToTownship(), small.standAloneToHub());
        Plan plan = planner.plan(crowded, SETTINGS);

        assertFalse(plan.rolledOverAtVillages().isEmpty());
        assertFalse(plan.rolledOverAtTownships().isEmpty());
        assertEquals(List.of(), PlanValidator.violations(crowded, plan));
    }

    @Test
    void theValidatorCatchesLostParcelsColdOnAmbientVansOverloadsAndWrongCosts() {
        Plan plan = planner.plan(small, SETTINGS);
        PlanRun tampered = plan.runs().getFirst();
        String onRun = tampered.parcelIds().getFirst();
        var lighter = new VehicleType(tampered.vehicle().id(), tampered.vehicle().reefer(), new Capacity(1, 1),
                tampered.vehicle().fixedFen(), tampered.vehicle().fenPerKm(), tampered.vehicle().count());
        List<PlanRun> runs = new ArrayList<>(plan.runs());
        runs.set(0, new PlanRun(tampered.id(), tampered.tier(), lighter, tampered.depotId(), tampered.departs(),
                tampered.returns(), tampered.stops(), tampered.km(), tampered.costFen() + 1));
        List<String> rolled = new ArrayList<>(plan.rolledOverAtVillages());
        rolled.add(onRun);
        var broken = new Plan(runs, rolled, plan.rolledOverAtTownships());

        List<String> violations = PlanValidator.violations(small, broken);
        assertTrue(violations.stream().anyMatch(v -> v.contains("parcel " + onRun + " is on 1 township runs"
                + " and rolled over 1 times")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("is over the capacity")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("costs ")), violations.toString());

        var coldIds = small.parcels().stream().filter(Parcel::cold).map(Parcel::id).toList();
        PlanRun reefer = plan.runs().stream()
                .filter(run -> run.vehicle().reefer() && run.parcelIds().stream().anyMatch(coldIds::contains))
                .findFirst().orElseThrow();
        var warm = new VehicleType(reefer.vehicle().id(), false, reefer.vehicle().capacity(),
                reefer.vehicle().fixedFen(), reefer.vehicle().fenPerKm(), reefer.vehicle().count());
        List<PlanRun> warmRuns = new ArrayList<>(plan.runs());
        warmRuns.set(warmRuns.indexOf(reefer), new PlanRun(reefer.id(), reefer.tier(), warm, reefer.depotId(),
                reefer.departs(), reefer.returns(), reefer.stops(), reefer.km(), reefer.costFen()));
        assertTrue(PlanValidator.violations(small, new Plan(warmRuns, plan.rolledOverAtVillages(),
                plan.rolledOverAtTownships())).stream().anyMatch(v -> v.contains("without refrigeration")));
    }

    @Test
    void everyRunIsSplitToTheFenAndNoShopPaysAboveStandAlone() {
        Plan plan = planner.plan(small, SETTINGS);
        for (RunCharges.Charge charge : RunCharges.of(small, plan)) {
            long charged = charge.split().fenByShop().values().stream().mapToLong(Long::longValue).sum();
            assertEquals(charge.runFen(), charged + charge.split().uncoveredFen());
            charge.split().fenByShop()
                    .forEach((shop, fen) -> assertTrue(fen <= charge.standAloneFen().get(shop), shop));
        }
    }
}
