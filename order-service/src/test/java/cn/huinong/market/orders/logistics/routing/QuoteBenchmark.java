package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.LogisticsRefusal;
import cn.huinong.market.orders.logistics.network.Network;
import cn.huinong.market.orders.logistics.network.ParcelSize;
import cn.huinong.market.orders.logistics.network.TemperatureClass;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/**
 * Measures quotes in-process on a generated 2,000-node network with a week of departures (no JMH: warm up, then time
 * each quote). Run by benchmarks/logistics/run.sh; the HTTP figure through the gateway comes when quotes are wired.
 */
public final class QuoteBenchmark {

    public static void main(String[] args) {
        int counties = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int quotes = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        long generateStart = System.nanoTime();
        Network network = GeneratedNetwork.generate(counties, 2026);
        var service = new QuoteService(Clock.systemUTC());
        System.out.printf("generated and validated the network in %.0f ms%n",
                (System.nanoTime() - generateStart) / 1e6);
        long buildStart = System.nanoTime();
        int[] size = service.graphSize(network);
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        System.out.printf("network: %d nodes, %d legs; time-expanded graph (2 weeks): %d vertices, %d edges,"
                + " built in %.0f ms (once per network version)%n", network.nodes().size(), network.legs().size(),
                size[0],
                size[1], buildMs);

        Random random = new Random(7);
        Instant monday = Instant.parse("2026-11-30T01:00:00Z");
        run(service, network, random, counties, monday, 300);
        double[][] millis = run(service, network, random, counties, monday, quotes);
        print("all quotes (15% chilled, ready at any hour of the week)", millis[0]);
        print("ambient", millis[1]);
        print("chilled", millis[2]);
    }

    private static void print(String what, double[] millis) {
        Arrays.sort(millis);
        System.out.printf("%s: %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, millis.length,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1]);
    }

    /** Times of all quotes, of the ambient ones and of the chilled ones. */
    private static double[][] run(QuoteService service, Network network, Random random, int counties,
            Instant monday, int count) {
        double[] millis = new double[count];
        boolean[] chilled = new boolean[count];
        int refused = 0;
        for (int i = 0; i < count; i++) {
            int from = random.nextInt(counties);
            int to = random.nextInt(counties);
            var request = new ParcelQuoteQuery(GeneratedNetwork.village(from, random.nextInt(4), random.nextInt(11)),
                    GeneratedNetwork.county(to), new ParcelSize(300 + random.nextInt(20_000), random.nextInt(40_000)),
                    random.nextDouble() < 0.15 ? TemperatureClass.CHILLED : TemperatureClass.AMBIENT, null,
                    monday.plusSeconds(random.nextInt(7 * 24 * 3600)));
            chilled[i] = request.temperature() == TemperatureClass.CHILLED;
            long start = System.nanoTime();
            try {
                service.quote(network, request);
            } catch (LogisticsRefusal refusal) {
                refused++;
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (count > 300) {
            System.out.printf("refused (no feasible route in the class within a week): %d of %d%n", refused, count);
        }
        double[] cold = java.util.stream.IntStream.range(0, count).filter(i -> chilled[i]).mapToDouble(i -> millis[i])
                .toArray();
        double[] ambient = java.util.stream.IntStream.range(0, count).filter(i -> !chilled[i])
                .mapToDouble(i -> millis[i]).toArray();
        return new double[][]{millis, ambient, cold};
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
