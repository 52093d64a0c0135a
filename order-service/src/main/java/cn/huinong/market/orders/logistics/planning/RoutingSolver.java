package cn.huinong.market.orders.logistics.planning;

import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Pickup;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import com.graphhopper.jsprit.core.util.VehicleRoutingTransportCostsMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * One pickup-and-return routing problem solved by jsprit: vehicles leave a depot, collect parcels at places within
 * their windows, and come back. Everything jsprit-specific stays in this class.
 */
final class RoutingSolver {

    private static final String COLD_SKILL = "cold";
    /** Per gram left behind: 100 yuan a kilogram, far above any run's cost per kilogram. */
    private static final double UNASSIGNED_PENALTY_FEN = 10;

    /**
     * Parcels collected together at a place, not before {@code window.start()} nor after {@code window.end()}: one
     * solver job per bundle instead of per parcel keeps the search fast (a county run would otherwise hold hundreds of
     * jobs at the same few township points).
     */
    record Pickup(List<Parcel> parcels, String placeId, Window window) {

        String id() {
            return parcels.getFirst().id();
        }

        boolean cold() {
            return parcels.getFirst().cold();
        }

        long grams() {
            return parcels.stream().mapToLong(parcel -> parcel.size().grams()).sum();
        }

        long millilitres() {
            return parcels.stream().mapToLong(parcel -> parcel.size().millilitres()).sum();
        }
    }

    /** The runs found and the parcels left for the next run. */
    record Result(List<PlanRun> runs, List<String> unassigned) {
    }

    private RoutingSolver() {
    }

    static Result solve(CutoffProblem problem, Tier tier, String depotId, Window runWindow, List<VehicleType> fleet,
            List<Pickup> pickups, SolverSettings settings, long timeLimitMillis) {
        if (pickups.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        var builder = VehicleRoutingProblem.Builder.newInstance().setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
        Map<String, VehicleType> typeOfVehicle = new HashMap<>();
        for (VehicleType type : fleet) {
            var jspritType = VehicleTypeImpl.Builder.newInstance(type.id())
                    .addCapacityDimension(0, Math.toIntExact(type.capacity().kilograms() * 1000))
                    .addCapacityDimension(1, Math.toIntExact(type.capacity().litres() * 1000))
                    .setFixedCost(type.fixedFen()).setCostPerDistance(type.fenPerKm()).setCostPerTransportTime(0)
                    .setCostPerWaitingTime(0).build();
            for (int i = 0; i < type.count(); i++) {
                String vehicleId = depotId + "/" + type.id() + "#" + i;
                var vehicle = VehicleImpl.Builder.newInstance(vehicleId).setType(jspritType)
                        .setStartLocation(Location.newInstance(depotId)).setEndLocation(Location.newInstance(depotId))
                        .setEarliestStart(runWindow.start()).setLatestArrival(runWindow.end()).setReturnToDepot(true);
                if (type.reefer()) {
                    vehicle.addSkill(COLD_SKILL);
                }
                builder.addVehicle(vehicle.build());
                typeOfVehicle.put(vehicleId, type);
            }
        }
        Set<String> places = new TreeSet<>();
        places.add(depotId);
        Map<String, Pickup> bundles = new HashMap<>();
        for (Pickup pickup : pickups) {
            bundles.put(pickup.id(), pickup);
            var job = com.graphhopper.jsprit.core.problem.job.Pickup.Builder.newInstance(pickup.id())
                    .setLocation(Location.newInstance(pickup.placeId()))
                    .addSizeDimension(0, Math.toIntExact(pickup.grams()))
                    .addSizeDimension(1, Math.toIntExact(pickup.millilitres()))
                    .setServiceTime(problem.serviceMinutesPerParcel() * pickup.parcels().size())
                    .setTimeWindow(TimeWindow.newInstance(pickup.window().start(), pickup.window().end()));
            if (pickup.cold()) {
                job.addRequiredSkill(COLD_SKILL);
            }
            builder.addJob(job.build());
            places.add(pickup.placeId());
        }
        var costs = VehicleRoutingTransportCostsMatrix.Builder.newInstance(false);
        for (String from : places) {
            for (String to : places) {
                costs.addTransportDistance(from, to, problem.roads().km(from, to));
                costs.addTransportTime(from, to, problem.minutes(from, to));
            }
        }
        builder.setRoutingCost(costs.build());
        VehicleRoutingProblem vrp = builder.build();

        var algorithm = Jsprit.Builder.newInstance(vrp).setRandom(new Random(settings.seed()))
                .setProperty(Jsprit.Parameter.THREADS, "1").setObjectiveFunction(solution -> cost(vrp, solution))
                .buildAlgorithm();
        algorithm.setMaxIterations(settings.maxIterations());
        var timeLimit = new TimeTermination(Math.max(1, timeLimitMillis));
        algorithm.addTerminationCriterion(timeLimit);
        algorithm.addListener(timeLimit);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());

        List<PlanRun> runs = new ArrayList<>();
        List<VehicleRoute> routes = best.getRoutes().stream()
                .sorted(Comparator.comparing(route -> route.getVehicle().getId())).toList();
        for (VehicleRoute route : routes) {
            runs.add(run(problem, tier, depotId, typeOfVehicle.get(route.getVehicle().getId()), route, bundles,
                    depotId + "/" + tier.name().toLowerCase() + "-" + runs.size()));
        }
        List<String> unassigned = best.getUnassignedJobs().stream()
                .flatMap(job -> bundles.get(job.getId()).parcels().stream()).map(Parcel::id).sorted().toList();
        return new Result(runs, unassigned);
    }

    /**
     * What the search minimises: vehicles' fixed and per-km costs, plus a penalty per parcel left behind so high that
     * a parcel rolls over only when no vehicle can take it (jsprit's default penalty would trade parcels for a van's
     * fixed cost).
     */
    private static double cost(VehicleRoutingProblem vrp, VehicleRoutingProblemSolution solution) {
        double cost = 0;
        for (VehicleRoute route : solution.getRoutes()) {
            cost += route.getVehicle().getType().getVehicleCostParams().fix;
            TourActivity previous = route.getStart();
            for (TourActivity activity : route.getActivities()) {
                cost += vrp.getTransportCosts().getTransportCost(previous.getLocation(), activity.getLocation(),
                        previous.getEndTime(), route.getDriver(), route.getVehicle());
                previous = activity;
            }
            cost += vrp.getTransportCosts().getTransportCost(previous.getLocation(), route.getEnd().getLocation(),
                    previous.getEndTime(), route.getDriver(), route.getVehicle());
        }
        for (var job : solution.getUnassignedJobs()) {
            cost += UNASSIGNED_PENALTY_FEN * job.getSize().get(0);
        }
        return cost;
    }

    private static PlanRun run(CutoffProblem problem, Tier tier, String depotId, VehicleType type,
            VehicleRoute route, Map<String, Pickup> bundles, String runId) {
        // One stop per bundle, even when two follow each other at the same place: each may have its own window.
        List<PlanStop> stops = new ArrayList<>();
        for (TourActivity activity : route.getActivities()) {
            Pickup bundle = bundles.get(((TourActivity.JobActivity) activity).getJob().getId());
            stops.add(new PlanStop(activity.getLocation().getId(), activity.getEndTime() - activity.getOperationTime(),
                    bundle.parcels().stream().map(Parcel::id).toList()));
        }
        List<String> path = new ArrayList<>();
        path.add(depotId);
        stops.forEach(stop -> path.add(stop.placeId()));
        path.add(depotId);
        double km = 0;
        for (int i = 1; i < path.size(); i++) {
            km += problem.roads().km(path.get(i - 1), path.get(i));
        }
        return new PlanRun(runId, tier, type, depotId, route.getStart().getEndTime(), route.getEnd().getArrTime(),
                stops, km, type.runFen(km));
    }
}
