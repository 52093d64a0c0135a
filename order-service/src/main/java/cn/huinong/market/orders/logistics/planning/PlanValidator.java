package cn.huinong.market.orders.logistics.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a plan against its problem with its own arithmetic, trusting nothing the solver computed: every parcel is on
 * exactly one township run or rolled over at its village; every parcel a township run brought in is on exactly one
 * county run or rolled over at its township; loads within each vehicle's kg and litres; cold parcels on reefers only;
 * stops reached after driving there, within the pickup windows (a county pickup not before its township run is back);
 * runs within their tier's window, no more vehicles of a type at a depot than there are; km and cost as the roads
 * and tariffs give them.
 */
public final class PlanValidator {

    private static final double KM_TOLERANCE = 1e-6;

    private PlanValidator() {
    }

    public static List<String> violations(CutoffProblem problem, Plan plan) {
        List<String> violations = new ArrayList<>();
        Map<String, Parcel> parcels = problem.parcels().stream()
                .collect(Collectors.toMap(Parcel::id, Function.identity()));
        Map<String, Integer> townshipTrips = new HashMap<>();
        Map<String, Integer> countyTrips = new HashMap<>();
        Map<String, Double> backAtTownship = new HashMap<>();
        for (PlanRun run : plan.runs()) {
            Map<String, Integer> trips = run.tier() == Tier.TOWNSHIP ? townshipTrips : countyTrips;
            run.parcelIds().forEach(id -> trips.merge(id, 1, Integer::sum));
            if (run.tier() == Tier.TOWNSHIP) {
                run.parcelIds().forEach(id -> backAtTownship.put(id, run.returns()));
            }
        }
        for (Parcel parcel : problem.parcels()) {
            int onRuns = townshipTrips.getOrDefault(parcel.id(), 0);
            int rolled = count(plan.rolledOverAtVillages(), parcel.id());
            if (onRuns + rolled != 1) {
                violations.add("parcel " + parcel.id() + " is on " + onRuns + " township runs and rolled over "
                        + rolled + " times at its village");
            }
            int onCounty = countyTrips.getOrDefault(parcel.id(), 0);
            int rolledAtTownship = count(plan.rolledOverAtTownships(), parcel.id());
            int expected = onRuns > 0 ? 1 : 0;
            if (onCounty + rolledAtTownship != expected) {
                violations.add("parcel " + parcel.id() + " is on " + onCounty + " county runs and rolled over "
                        + rolledAtTownship + " times at its township, expected " + expected);
            }
        }
        for (String id : townshipTrips.keySet()) {
            if (!parcels.containsKey(id)) {
                violations.add("unknown parcel " + id + " on a run");
            }
        }
        Map<String, Integer> vehiclesUsed = new HashMap<>();
        for (PlanRun run : plan.runs()) {
            checkRun(problem, run, parcels, backAtTownship, violations);
            vehiclesUsed.merge(run.tier() + "@" + run.depotId() + "/" + run.vehicle().id(), 1, Integer::sum);
        }
        for (PlanRun run : plan.runs()) {
            if (vehiclesUsed.get(run.tier() + "@" + run.depotId() + "/" + run.vehicle().id()) > run.vehicle()
                    .count()) {
                violations.add("run " + run.id() + ": more " + run.vehicle().id() + " runs at " + run.depotId()
                        + " than vehicles");
            }
        }
        return violations;
    }

    private static int count(List<String> ids, String id) {
        return (int) ids.stream().filter(id::equals).count();
    }

    private static void checkRun(CutoffProblem problem, PlanRun run, Map<String, Parcel> parcels,
            Map<String, Double> backAtTownship, List<String> violations) {
        String name = "run " + run.id();
        Window runWindow = run.tier() == Tier.TOWNSHIP ? problem.townshipRuns() : problem.countyRuns();
        if (!runWindow.contains(run.departs()) || !runWindow.contains(run.returns())) {
            violations.add(name + ": out between " + run.departs() + " and " + run.returns() + ", outside "
                    + runWindow);
        }
        long grams = 0;
        long millilitres = 0;
        String at = run.depotId();
        double clock = run.departs();
        double km = 0;
        for (PlanStop stop : run.stops()) {
            km += problem.roads().km(at, stop.placeId());
            double reached = clock + problem.minutes(at, stop.placeId());
            if (stop.minute() < reached - Window.EPSILON) {
                violations.add(name + ": loads at " + stop.placeId() + " at minute " + stop.minute()
                        + " before it can get there (" + reached + ")");
            }
            for (String id : stop.parcelIds()) {
                Parcel parcel = parcels.get(id);
                if (parcel == null) {
                    continue;
                }
                grams += parcel.size().grams();
                millilitres += parcel.size().millilitres();
                if (parcel.cold() && !run.vehicle().reefer()) {
                    violations.add(name + ": cold parcel " + id + " on a vehicle without refrigeration");
                }
                checkPickup(problem, run, stop, parcel, backAtTownship, violations);
            }
            clock = Math.max(reached, stop.minute()) + stop.parcelIds().size() * problem.serviceMinutesPerParcel();
            at = stop.placeId();
        }
        km += problem.roads().km(at, run.depotId());
        if (run.returns() < clock + problem.minutes(at, run.depotId()) - Window.EPSILON) {
            violations.add(name + ": back at minute " + run.returns() + " before it can be");
        }
        if (grams > run.vehicle().capacity().kilograms() * 1000
                || millilitres > run.vehicle().capacity().litres() * 1000) {
            violations.add(name + ": load " + grams + " g, " + millilitres + " ml is over the capacity of "
                    + run.vehicle().id());
        }
        if (Math.abs(km - run.km()) > KM_TOLERANCE) {
            violations.add(name + ": drives " + km + " km by road, not " + run.km());
        }
        if (run.costFen() != run.vehicle().runFen(km)) {
            violations.add(name + ": costs " + run.vehicle().runFen(km) + " fen, not " + run.costFen());
        }
    }

    private static void checkPickup(CutoffProblem problem, PlanRun run, PlanStop stop, Parcel parcel,
            Map<String, Double> backAtTownship, List<String> violations) {
        String name = "run " + run.id();
        if (run.tier() == Tier.TOWNSHIP) {
            if (!stop.placeId().equals(parcel.villageId()) || !run.depotId().equals(problem.townshipOf(parcel))) {
                violations.add(name + ": takes parcel " + parcel.id() + " at " + stop.placeId() + " to "
                        + run.depotId() + ", but it is at village " + parcel.villageId());
            }
            if (!problem.villagePickups().contains(stop.minute())) {
                violations.add(name + ": loads parcel " + parcel.id() + " at minute " + stop.minute()
                        + " while the station is closed");
            }
            return;
        }
        if (!stop.placeId().equals(problem.townshipOf(parcel)) || !run.depotId().equals(problem.hubId())) {
            violations.add(name + ": takes parcel " + parcel.id() + " at " + stop.placeId()
                    + ", but it waits at its township " + problem.townshipOf(parcel));
        }
        Double back = backAtTownship.get(parcel.id());
        if (!problem.countyPickups().contains(stop.minute()) || back == null
                || stop.minute() < back - Window.EPSILON) {
            violations.add(name + ": loads parcel " + parcel.id() + " at minute " + stop.minute()
                    + " outside the county pickup window or before it reached the township");
        }
    }
}
