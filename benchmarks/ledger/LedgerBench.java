// Ledger benchmark driver. Plain JDK, compiled with ../BenchDriver.java (key, tokens) by run.sh:
// `java -cp CLASSES LedgerBench KEY_DIR URL [ORDERS SHOPS CLIENTS SEED]`.
//
// Drives order-service's real Settlement through the benchmark-only simulation endpoint (admin, enabled by
// huinong.orders.ledger.simulation.enabled=true): ORDERS shop orders over SHOPS shops, paid over the last 20 days,
// with random partial refunds (some full, some after completion, some refused over-refunds) and completions, sent
// in batches by CLIENTS concurrent clients. Then payouts of half the shops through the seller endpoint, the admin
// trial balance, and every shop's statement generated twice. Exits non-zero when a check fails.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LedgerBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int BATCH = 50;

    static PrivateKey key;
    static String url;
    static int failures;

    public static void main(String[] args) throws Exception {
        key = BenchDriver.privateKey(Path.of(args[0]));
        url = args[1];
        int orders = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int shops = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 20261201L;

        Random random = new Random(seed);
        List<UUID> shopIds = new ArrayList<>();
        for (int i = 0; i < shops; i++) {
            shopIds.add(new UUID(0x1ed9e7L, i + 1L));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        long expectedPaid = 0;
        int expectedRefusals = 0;
        List<String> batches = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        int inBatch = 0;
        List<String[]> lateCandidates = new ArrayList<>(); // facts JSON, goods left, shop index
        int[] shape = new int[4]; // partial refunds, full refunds, completed, refunds after completion
        for (int o = 0; o < orders; o++) {
            int s = random.nextInt(shops);
            long goods = 1000 + random.nextInt(49_000);
            long shipping = new long[]{0, 800, 1200, 2000, 3500}[random.nextInt(5)];
            int rate = new int[]{100, 200, 300, 500}[random.nextInt(4)];
            long commission = Math.floorDiv(goods * rate + 5000, 10000);
            expectedPaid += goods + shipping;
            // Paid 4 to 20 days ago; at most 7 steps of up to 10 hours each keep every step in the past.
            OffsetDateTime paidAt = now.minusSeconds(4 * 86_400L + random.nextInt(16 * 86_400));
            OffsetDateTime at = paidAt;
            StringBuilder steps = new StringBuilder();
            long goodsLeft = goods, shippingLeft = shipping;
            int refunds = random.nextDouble() < 0.25 ? 1 + random.nextInt(3) : 0;
            for (int r = 0; r < refunds && goodsLeft > 1; r++) {
                long g = 1 + random.nextInt((int) (goodsLeft / 2));
                long sh = random.nextBoolean() ? 0 : shippingLeft / 2;
                at = at.plusMinutes(1 + random.nextInt(600));
                step(steps, "REFUND", g, sh, at);
                goodsLeft -= g;
                shippingLeft -= sh;
                shape[0]++;
            }
            double fate = random.nextDouble();
            if (fate < 0.08) {
                at = at.plusMinutes(1 + random.nextInt(600));
                step(steps, "REFUND", goodsLeft, shippingLeft, at);
                goodsLeft = 0;
                shippingLeft = 0;
                shape[1]++;
            }
            if (random.nextDouble() < 0.02) {
                at = at.plusMinutes(1);
                step(steps, "REFUND", goodsLeft + 1, 0, at);
                expectedRefusals++;
            }
            if (fate >= 0.08 && fate < 0.70) {
                at = at.plusMinutes(1 + random.nextInt(600));
                step(steps, "COMPLETE", 0, 0, at);
                shape[2]++;
                if (random.nextDouble() < 0.08 && goodsLeft > 1) {
                    at = at.plusMinutes(1 + random.nextInt(600));
                    step(steps, "REFUND", 1 + random.nextInt((int) goodsLeft), 0, at);
                    shape[3]++;
                }
            }
            StringBuilder facts = new StringBuilder();
            facts.append("{\"shopOrderId\":\"").append(UUID.randomUUID())
                    .append("\",\"checkoutId\":\"").append(UUID.randomUUID()).append("\",\"paymentId\":\"")
                    .append(UUID.randomUUID()).append("\",\"shopId\":\"").append(shopIds.get(s))
                    .append("\",\"shopOwnerSub\":\"bench-seller-").append(s).append("\",\"currency\":\"CNY\",")
                    .append("\"goodsFen\":").append(goods).append(",\"shippingFen\":").append(shipping)
                    .append(",\"commissionRateBp\":").append(rate).append(",\"commissionFen\":").append(commission)
                    .append('}');
            if (fate >= 0.08 && fate < 0.70 && s % 2 == 0 && goodsLeft > 0 && !steps.toString().contains("REFUND")) {
                lateCandidates.add(new String[]{facts.toString(), Long.toString(goodsLeft)});
            }
            batch.append(inBatch == 0 ? "" : ",").append("{\"facts\":").append(facts)
                    .append(",\"paidAt\":\"").append(paidAt)
                    .append("\",\"steps\":[").append(steps).append("]}");
            if (++inBatch == BATCH || o == orders - 1) {
                batches.add("{\"orders\":[" + batch + "]}");
                batch.setLength(0);
                inBatch = 0;
            }
        }
        System.out.printf("  generated %d orders over %d shops: %d partial refunds, %d full refunds, %d completed,"
                + " %d refunds after completion, %d over-refund attempts%n", orders, shops, shape[0], shape[1],
                shape[2], shape[3], expectedRefusals);

        String admin = token("bench-admin", "admin");
        long entriesBefore = entries(get("/api/orders/ledger/trial-balance", admin, "application/json"));
        AtomicInteger next = new AtomicInteger();
        AtomicLong refused = new AtomicLong();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                        String answer = post("/api/orders/ledger/simulation", admin, batches.get(i), 200);
                        refused.addAndGet(number(answer, "refundsRefused"));
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
        double simSeconds = (System.nanoTime() - t0) / 1e9;
        long simEntries = entries(get("/api/orders/ledger/trial-balance", admin, "application/json")) - entriesBefore;
        System.out.printf("  simulation: %d postings (journal entries) in %.1f s by %d clients: %.0f postings/s, "
                + "%.0f orders/s; over-refunds refused %d (expected %d)%n", simEntries, simSeconds, clients,
                simEntries / simSeconds, orders / simSeconds, refused.get(), expectedRefusals);
        check(refused.get() == expectedRefusals, "over-refunds refused");

        long t1 = System.nanoTime();
        Map<Integer, Integer> payoutStatuses = new HashMap<>();
        long paidOut = 0;
        for (int s = 0; s < shops; s += 2) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/api/orders/shops/"
                    + shopIds.get(s) + "/payouts")).header("Authorization", "Bearer " + token("bench-seller-" + s,
                    "seller")).header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            payoutStatuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 201) {
                paidOut += number(r.body(), "amountFen");
            }
        }
        System.out.printf("  payouts: %s in %.2f s, %d fen paid out%n", payoutStatuses, (System.nanoTime() - t1) / 1e9,
                paidOut);
        check(payoutStatuses.keySet().stream().allMatch(c -> c == 201 || c == 409), "payout statuses");

        // Refunds after the money left: the shops paid out above owe the platform now (negative available).
        int late = Math.min(lateCandidates.size(), Math.max(1, orders / 100));
        OffsetDateTime lateAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        StringBuilder lateBatch = new StringBuilder("{\"orders\":[");
        for (int i = 0; i < late; i++) {
            String[] c = lateCandidates.get(i);
            lateBatch.append(i == 0 ? "" : ",").append("{\"facts\":").append(c[0]).append(",\"paidAt\":\"")
                    .append(lateAt).append("\",\"steps\":[");
            StringBuilder lateStep = new StringBuilder();
            step(lateStep, "REFUND", Long.parseLong(c[1]), 0, lateAt);
            lateBatch.append(lateStep).append("]}");
        }
        lateBatch.append("]}");
        String lateAnswer = post("/api/orders/ledger/simulation", admin, lateBatch.toString(), 200);
        System.out.printf("  %d full-goods refunds after payout: %d posted%n", late, number(lateAnswer, "refundsPosted"));
        check(number(lateAnswer, "refundsPosted") == late, "refunds after payout posted");

        long t2 = System.nanoTime();
        String trial = get("/api/orders/ledger/trial-balance", admin, "application/json");
        double trialSeconds = (System.nanoTime() - t2) / 1e9;
        Map<String, Long> owed = new HashMap<>();
        Matcher m = Pattern.compile("\\{\"account\":\"([A-Z_]+(?::[0-9a-f-]+)?)\",\"debitFen\":(\\d+),"
                + "\"creditFen\":(\\d+),\"balanceFen\":(-?\\d+)\\}").matcher(trial);
        while (m.find()) {
            owed.put(m.group(1), -Long.parseLong(m.group(4)));
        }
        boolean balanced = trial.contains("\"balanced\":true");
        System.out.printf("  trial balance: %d accounts, %d entries, balanced=%s, in %.0f ms%n", owed.size(),
                entries(trial), balanced, trialSeconds * 1000);
        check(balanced, "trial balance balanced");
        check(owed.getOrDefault("PAYOUT_CLEARING", 0L) == paidOut, "payout clearing = paid out");

        LocalDate today = LocalDate.now(CHINA);
        String query = "?from=" + today.minusDays(30) + "&to=" + today;
        long statementNanos = 0;
        int identical = 0, matching = 0;
        long paidTotal = 0;
        for (int s = 0; s < shops; s++) {
            UUID shop = shopIds.get(s);
            String reader = s % 3 == 0 ? admin : token("bench-seller-" + s, "seller");
            String path = "/api/orders/shops/" + shop + "/statement" + query;
            long a = System.nanoTime();
            String first = get(path, reader, "application/json");
            String second = get(path, reader, "application/json");
            statementNanos += System.nanoTime() - a;
            if (first.equals(second) && get(path, reader, "text/csv").equals(get(path, reader, "text/csv"))) {
                identical++;
            }
            Matcher closing = Pattern.compile("\"closing\":\\{\"pendingFen\":(-?\\d+),\"availableFen\":(-?\\d+)\\}")
                    .matcher(first);
            if (closing.find() && Long.parseLong(closing.group(1)) == owed.getOrDefault("SHOP_PENDING:" + shop, 0L)
                    && Long.parseLong(closing.group(2)) == owed.getOrDefault("SHOP_AVAILABLE:" + shop, 0L)) {
                matching++;
            }
            Matcher paid = Pattern.compile("\"totals\":\\{\"paidFen\":(\\d+)").matcher(first);
            paidTotal += paid.find() ? Long.parseLong(paid.group(1)) : 0;
        }
        System.out.printf("  statements: %d shops x 2 (JSON) in %.2f s (%.1f ms each); identical when regenerated "
                + "(JSON and CSV): %d/%d; closing = account balances: %d/%d; sum of paid %d (generated %d)%n",
                shops, statementNanos / 1e9, statementNanos / 1e6 / (2.0 * shops), identical, shops, matching, shops,
                paidTotal, expectedPaid);
        check(identical == shops, "statements regenerate identically");
        check(matching == shops, "closing balances equal account balances");
        check(paidTotal == expectedPaid, "statement totals equal generated payments");
        System.out.printf("POSTINGS_PER_SECOND=%.0f%n", simEntries / simSeconds);
        if (failures > 0) {
            System.out.println("FAILED CHECKS: " + failures);
            System.exit(1);
        }
    }

    static void step(StringBuilder steps, String type, long goods, long shipping, OffsetDateTime at) {
        steps.append(steps.isEmpty() ? "" : ",").append("{\"type\":\"").append(type).append('"');
        if (type.equals("REFUND")) {
            steps.append(",\"refundId\":\"").append(UUID.randomUUID()).append("\",\"goodsFen\":").append(goods)
                    .append(",\"shippingFen\":").append(shipping);
        } else {
            steps.append(",\"goodsFen\":0,\"shippingFen\":0");
        }
        steps.append(",\"at\":\"").append(at).append("\"}");
    }

    static void check(boolean ok, String what) {
        System.out.println("  check " + what + ": " + (ok ? "ok" : "FAILED"));
        if (!ok) {
            failures++;
        }
    }

    static long entries(String trialBalance) {
        return number(trialBalance, "entries");
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static String get(String path, String token, String accept) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token).header("Accept", accept).GET().build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String post(String path, String token, String body, int expected) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An RS256 token like Keycloak's, signed with the run's key (order-service verifies it with the public one). */
    static String token(String sub, String role) throws Exception {
        return BenchDriver.token(key, sub, 7200, role);
    }
}
