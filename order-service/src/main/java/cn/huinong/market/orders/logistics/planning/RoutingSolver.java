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

    /** A parcel to collect at a place, not before {@code window.start()} nor after {@code window.end()}. */
    record Pickup(Parcel parcel, String placeId, Window window) {
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
        for (Pickup pickup : pickups) {
            var job = com.graphhopper.jsprit.core.problem.job.Pickup.Builder.newInstance(pickup.parcel().id())
                    .setLocation(Location.newInstance(pickup.placeId()))
                    .addSizeDimension(0, Math.toIntExact(pickup.parcel().size().grams()))
                    .addSizeDimension(1, Math.toIntExact(pickup.parcel().size().millilitres()))
                    .setServiceTime(problem.serviceMinutesPerParcel())
                    .setTimeWindow(TimeWindow.newInstance(pickup.window().start(), pickup.window().end()));
            if (pickup.parcel().cold()) {
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
                .setProperty(Jsprit.Parameter.THREADS, "1").buildAlgorithm();
        algorithm.setMaxIterations(settings.maxIterations());
        var timeLimit = new TimeTermination(Math.max(1, timeLimitMillis));
        algorithm.addTerminationCriterion(timeLimit);
        algorithm.addListener(timeLimit);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());

        List<PlanRun> runs = new ArrayList<>();
        List<VehicleRoute> routes = best.getRoutes().stream()
                .sorted(Comparator.comparing(route -> route.getVehicle().getId())).toList();
        for (VehicleRoute route : routes) {
            runs.add(run(problem, tier, depotId, typeOfVehicle.get(route.getVehicle().getId()), route,
                    depotId + "/" + tier.name().toLowerCase() + "-" + runs.size()));
        }
        List<String> unassigned = best.getUnassignedJobs().stream().map(job -> job.getId()).sorted().toList();
        return new Result(runs, unassigned);
    }

    private static PlanRun run(CutoffProblem problem, Tier tier, String depotId, VehicleType type,
            VehicleRoute route, String runId) {
        List<PlanStop> stops = new ArrayList<>();
        String place = null;
        double minute = 0;
        List<String> parcels = new ArrayList<>();
        for (TourActivity activity : route.getActivities()) {
            String here = activity.getLocation().getId();
            String parcelId = ((TourActivity.JobActivity) activity).getJob().getId();
            if (!here.equals(place)) {
                if (place != null) {
                    stops.add(new PlanStop(place, minute, List.copyOf(parcels)));
                }
                place = here;
                minute = activity.getEndTime() - activity.getOperationTime();
                parcels.clear();
            }
            parcels.add(parcelId);
        }
        if (place != null) {
            stops.add(new PlanStop(place, minute, List.copyOf(parcels)));
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
