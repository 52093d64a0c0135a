package cn.huinong.market.catalog.trace;

import static cn.huinong.market.catalog.trace.TraceEvents.document;
import static cn.huinong.market.catalog.trace.TraceEvents.objectEvent;
import static cn.huinong.market.catalog.trace.TraceEvents.shipping;
import static cn.huinong.market.catalog.trace.TraceEvents.transformation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The trace benchmark (benchmarks/trace/run.sh; off in ordinary test runs). Captures EVENTS events for SHOPS shops
 * and LOTS origin lots through {@link TraceCaptureService} in documents of 100 (THREADS shops at once), then
 * measures backward trace from random packs and forward trace from random origin lots, and prints the figures.
 * Per origin lot: slaughter/harvest, a cut into 4 lots, each cut packed into 10 serialised packs, each pack shipped
 * for its own order, and 4 cold readings: 50 events.
 */
@QuarkusTest
@TestProfile(TraceTestProfile.class)
@EnabledIfSystemProperty(named = "trace.benchmark", matches = "true")
class TraceBenchmark {

    @Inject TraceCaptureService capture;

    @Inject TraceGraphService graph;

    private static int prop(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }

    @Test
    void captureAndTrace() throws Exception {
        int events = prop("trace.events", 1_000_000);
        int shops = prop("trace.shops", 100);
        int threads = prop("trace.threads", 4);
        int lotsPerShop = Math.max(1, events / 50 / shops);
        TraceDb.clean();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(20).withNano(0);
        AtomicLong captured = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int s = 0; s < shops; s++) {
            int shopNo = s;
            work.add(pool.submit(() -> {
                UUID shop = new UUID(0xbe4c, shopNo);
                List<ObjectNode> batch = new ArrayList<>();
                for (int l = 0; l < lotsPerShop; l++) {
                    for (ObjectNode e : lotEvents(shopNo, l, start.plusMinutes(l))) {
                        batch.add(e);
                        if (batch.size() == 100) {
                            captured.addAndGet(
                                    capture.captureDocument(shop, document(batch.toArray(ObjectNode[]::new))).size());
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    captured.addAndGet(
                            capture.captureDocument(shop, document(batch.toArray(ObjectNode[]::new))).size());
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;

        Random random = new Random(1);
        int samples = prop("trace.samples", 300);
        double[] backward = new double[samples];
        double[] forward = new double[samples];
        for (int warm = 0; warm < 50; warm++) {
            graph.backward(pack(random.nextInt(shops), random.nextInt(lotsPerShop), 0, 0));
        }
        for (int i = 0; i < samples; i++) {
            int shop = random.nextInt(shops);
            int lot = random.nextInt(lotsPerShop);
            long b = System.nanoTime();
            var back = graph.backward(pack(shop, lot, random.nextInt(4), random.nextInt(10)));
            backward[i] = (System.nanoTime() - b) / 1e6;
            if (back.identifiers().size() != 3) {
                throw new AssertionError("backward reached " + back.identifiers());
            }
            long f = System.nanoTime();
            var fwd = graph.forward(origin(shop, lot));
            forward[i] = (System.nanoTime() - f) / 1e6;
            if (fwd.orders().size() != 40) {
                throw new AssertionError("forward reached " + fwd.orders().size() + " orders");
            }
        }
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        System.out.printf("TRACE-BENCHMARK events=%d shops=%d lots=%d threads=%d capture=%.1fs rate=%.0f events/s "
                + "backward p50=%.1fms p95=%.1fms forward p50=%.1fms p95=%.1fms test-jvm %s rows=%d%n", captured.get(),
                shops, lotsPerShop * shops, threads, seconds, captured.get() / seconds, pct(backward, 50),
                pct(backward, 95), pct(forward, 50), pct(forward, 95), rss,
                TraceDb.count("SELECT count(*) FROM trace_event"));
    }

    private static List<ObjectNode> lotEvents(int shop, int lot, OffsetDateTime at) {
        List<ObjectNode> out = new ArrayList<>();
        String origin = origin(shop, lot);
        out.add(objectEvent(at, "commissioning", origin, 180));
        List<String> cuts = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            cuts.add(origin + "C" + c);
        }
        out.add(transformation(at.plusHours(1), List.of(origin), cuts, List.of()));
        for (int c = 0; c < 4; c++) {
            List<String> packs = new ArrayList<>();
            for (int p = 0; p < 10; p++) {
                packs.add(pack(shop, lot, c, p));
            }
            out.add(transformation(at.plusHours(2).plusMinutes(c), List.of(cuts.get(c)), List.of(), packs));
            for (int p = 0; p < 10; p++) {
                out.add(shipping(at.plusDays(1).plusSeconds(c * 10 + p), List.of(packs.get(p)),
                        new UUID(shop * 100_000L + lot, c * 10 + p).toString()));
            }
            ObjectNode cold = objectEvent(at.plusHours(3 + c), "sensor_reporting", cuts.get(c), 1);
            cold.put("action", "OBSERVE");
            out.add(cold);
        }
        return out;
    }

    private static String origin(int shop, int lot) {
        return "https://id.gs1.org/01/06901234567892/10/S" + shop + "L" + lot;
    }

    private static String pack(int shop, int lot, int cut, int p) {
        return "https://id.gs1.org/01/16901234567899/21/S" + shop + "L" + lot + "C" + cut + "P" + p;
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
