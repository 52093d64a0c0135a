package cn.huinong.market.orders.logistics.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the generated Linxia-like county and prints the figures issue #12 asks for. Run by
 * benchmarks/logistics/run.sh; exits 1 when a hard check fails (validator violations, cost split not exact or a shop
 * above stand-alone).
 */
public final class LinxiaBenchmark {

    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2026;
        int longSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        var county = LinxiaCounty.benchmark(seed);
        CutoffProblem problem = county.problem();
        var planner = new ConsolidationPlanner();
        long cold = problem.parcels().stream().filter(Parcel::cold).count();
        System.out.printf("county: 1 hub, %d townships, %d villages (%d with parcels), %d parcels (%d cold) from %d"
                + " shops%n", problem.townships().size(), problem.townshipOfVillage().size(), county.villages().size(),
                problem.parcels().size(), cold, problem.parcels().stream().map(Parcel::shopId).distinct().count());

        boolean ok = true;
        long start = System.nanoTime();
        Plan first = planner.plan(problem, new SolverSettings(seed, 1, Duration.ofSeconds(60)));
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        ok &= report("first feasible plan (1 iteration)", problem, first, firstSeconds);

        Plan atFive = timed(planner, problem, seed, 5);
        ok &= atFive != null;
        Plan atLong = timed(planner, problem, seed, longSeconds);
        ok &= atLong != null;

        double directKm = county.villages().stream().mapToDouble(v -> 2 * problem.roads().km(v, problem.hubId()))
                .sum();
        System.out.printf("every village with parcels driving its own round trip to the hub: %.0f km → plan km is"
                + " %.1f%% of it (target ≤ 20%%)%n", directKm, 100 * atLong.km() / directKm);

        long mixedStart = System.nanoTime();
        Plan mixed = planner.planSingleTier(problem, List.of(LinxiaCounty.MIXED_FLEET_TRUCK),
                LinxiaCounty.MIXED_FLEET_RUNS, new SolverSettings(seed, Integer.MAX_VALUE,
                        Duration.ofSeconds(longSeconds)));
        System.out.printf("one mixed fleet (refrigerated trucks from the hub to every village, %d s): %d runs, %.0f km,"
                + " %d fen, %d parcels left over → plan cost is %.2f× it (target ≤ 0.8×)%n",
                Math.round((System.nanoTime() - mixedStart) / 1e9), mixed.runs().size(), mixed.km(),
                mixed.costFen(), mixed.rolledOverAtVillages().size(), (double) atLong.costFen() / mixed.costFen());

        ok &= checkSplit(problem, atLong);
        String status = Files.readString(Path.of("/proc/self/status"));
        String peak = status.lines().filter(line -> line.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?");
        System.out.println("peak RSS of this JVM (" + peak.replaceAll("\\s+", " ") + ", target < 512 MB)");
        System.out.println(ok ? "checks: ok" : "checks: FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static Plan timed(ConsolidationPlanner planner, CutoffProblem problem, long seed, int seconds) {
        long start = System.nanoTime();
        Plan plan = planner.plan(problem,
                new SolverSettings(seed, Integer.MAX_VALUE, Duration.ofSeconds(seconds)));
        boolean valid = report("plan with a " + seconds + " s limit", problem, plan,
                (System.nanoTime() - start) / 1e9);
        return valid ? plan : null;
    }

    private static boolean report(String what, CutoffProblem problem, Plan plan, double seconds) {
        List<String> violations = PlanValidator.violations(problem, plan);
        long township = plan.runs().stream().filter(run -> run.tier() == Tier.TOWNSHIP).count();
        System.out.printf("%s: %.2f s, %d township runs + %d county runs, %.0f km, %d fen, rolled over %d at"
                + " villages and %d at townships, validator violations %d%n", what, seconds, township,
                plan.runs().size() - township, plan.km(), plan.costFen(), plan.rolledOverAtVillages().size(),
                plan.rolledOverAtTownships().size(), violations.size());
        violations.stream().limit(10).forEach(v -> System.out.println("  violation: " + v));
        return violations.isEmpty();
    }

    private static boolean checkSplit(CutoffProblem problem, Plan plan) {
        boolean exact = true;
        boolean capped = true;
        long uncovered = 0;
        Map<String, Long> paid = new HashMap<>();
        Map<String, Long> alone = new HashMap<>();
        for (RunCharges.Charge charge : RunCharges.of(problem, plan)) {
            long charged = charge.split().fenByShop().values().stream().mapToLong(Long::longValue).sum();
            exact &= charged + charge.split().uncoveredFen() == charge.runFen();
            uncovered += charge.split().uncoveredFen();
            for (var entry : charge.split().fenByShop().entrySet()) {
                capped &= entry.getValue() <= charge.standAloneFen().get(entry.getKey());
                paid.merge(entry.getKey(), entry.getValue(), Long::sum);
                alone.merge(entry.getKey(), charge.standAloneFen().get(entry.getKey()), Long::sum);
            }
        }
        long above = paid.entrySet().stream().filter(e -> e.getValue() > alone.get(e.getKey())).count();
        long paidTotal = paid.values().stream().mapToLong(Long::longValue).sum();
        long aloneTotal = alone.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("cost split: %s to the fen over %d runs, %d shops above stand-alone, uncovered %d fen;"
                + " shops pay %d fen together against %d fen alone (%.0f%%)%n", exact ? "exact" : "NOT exact",
                plan.runs().size(), above, uncovered, paidTotal, aloneTotal, 100.0 * paidTotal / aloneTotal);
        return exact && capped && above == 0;
    }
}
