// Checkout checks and throughput through the gateway (issue 4, "Benchmarks and checks"). Plain JDK, no dependencies:
// compiled with ../BenchDriver.java (tokens, load loop) by run.sh, then `java -cp CLASSES CheckoutBench ...`.
// Database checks go through `psql`.
//
//   java -cp CLASSES CheckoutBench token-server KEYS PORT
//       a client-credentials token endpoint for order-service's quarkus-oidc-client: every POST answers
//       {"access_token": <RS256 service token signed with KEYS/private.b64>, "token_type": "Bearer", "expires_in": 3600}
//   java -cp CLASSES CheckoutBench checks KEYS GATEWAY_URL SEED_FILE CATALOG_DB ORDERS_DB
//       checks 1-3 (idempotent replays, notification delivered 5 times, cart over 3 shops); exit 1 if one fails
//   java -cp CLASSES CheckoutBench throughput KEYS GATEWAY_URL SEED_FILE REQUESTS CLIENTS WARMUP
//       REQUESTS checkouts (1-3 random "load" SKUs, 1-2 units each) by CLIENTS concurrent buyers, after WARMUP
//
// SEED_FILE: one SKU a line, tab-separated: pool (check|load), sku id, shop id, shop owner sub, key (A1, B2, ...
// for the check SKUs), price in fen, packed weight in grams.
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class CheckoutBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    // The tariff order-service is started with (application.properties defaults): zone "near" = 61-64, "central"
    // includes 44. Recomputed here on purpose, so the check does not trust the service's own arithmetic.
    static final Map<String, long[]> TARIFF = Map.of("62", new long[] {800, 300}, "44", new long[] {1200, 600});
    static final int COMMISSION_BP = 500;

    static PrivateKey key;
    static String gateway;
    static String catalogDb;
    static String ordersDb;
    static int failures;

    record Sku(String pool, String id, String shopId, String owner, String key, long priceFen, int weightG) {
    }

    record Reply(int status, String body, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "token-server" -> tokenServer(Path.of(args[1]), Integer.parseInt(args[2]));
            case "checks" -> {
                init(Path.of(args[1]), args[2]);
                catalogDb = args[4];
                ordersDb = args[5];
                checks(seed(Path.of(args[3])));
                System.exit(failures == 0 ? 0 : 1);
            }
            case "throughput" -> {
                init(Path.of(args[1]), args[2]);
                throughput(seed(Path.of(args[3])).stream().filter(s -> s.pool().equals("load")).toList(),
                        Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            }
            default -> {
                System.err.println("usage: token-server KEYS PORT | checks KEYS GATEWAY SEED CATALOG_DB ORDERS_DB"
                        + " | throughput KEYS GATEWAY SEED REQUESTS CLIENTS WARMUP");
                System.exit(2);
            }
        }
    }

    static void init(Path keys, String gatewayUrl) throws Exception {
        key = BenchDriver.privateKey(keys);
        gateway = gatewayUrl;
    }

    static List<Sku> seed(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
            String[] f = l.split("\t");
            return new Sku(f[0], f[1], f[2], f[3], f[4], Long.parseLong(f[5]), Integer.parseInt(f[6]));
        }).toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tokens
    // ---------------------------------------------------------------------------------------------------------

    /** An RS256 token like Keycloak's: roles in {@code groups}, the account in {@code sub}. */
    static String token(String sub, String... roles) {
        try {
            return BenchDriver.token(key, sub, 3600, roles);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void tokenServer(Path keys, int port) throws Exception {
        init(keys, null);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        AtomicInteger issued = new AtomicInteger();
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"access_token\":\"" + token("bench-order-service", "service")
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            System.out.println("issued service token #" + issued.incrementAndGet() + " for "
                    + exchange.getRequestMethod() + " " + exchange.getRequestURI());
        });
        server.start();
        System.out.println("token endpoint on http://127.0.0.1:" + port + "/token");
    }

    // ---------------------------------------------------------------------------------------------------------
    // HTTP and SQL helpers
    // ---------------------------------------------------------------------------------------------------------

    static Reply send(String method, String path, String token, String json, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), System.nanoTime() - t0);
        } catch (IOException e) {
            return new Reply(-1, e.toString(), System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One value (first column of the first row) of a query, through psql. */
    static String sql(String db, String query) {
        try {
            Process p = new ProcessBuilder("psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", query)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("psql failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long sqlLong(String db, String query) {
        return Long.parseLong(sql(db, query));
    }

    /** Good enough for the flat JSON fields we read: the first "name": value (string, number or null). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+|null|true|false)")
                .matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    static List<String> fields(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+)").matcher(json);
        List<String> all = new ArrayList<>();
        while (m.find()) {
            all.add(m.group(2) != null ? m.group(2) : m.group(1));
        }
        return all;
    }

    static String checkoutBody(Map<Sku, Integer> lines, String province) {
        StringBuilder body = new StringBuilder("{\"lines\":[");
        boolean first = true;
        for (Map.Entry<Sku, Integer> l : lines.entrySet()) {
            body.append(first ? "" : ",").append("{\"skuId\":\"").append(l.getKey().id()).append("\",\"quantity\":")
                    .append(l.getValue()).append('}');
            first = false;
        }
        return body.append("],\"address\":{\"recipientName\":\"马晓梅\",\"phone\":\"13912345678\",\"provinceCode\":\"")
                .append(province).append("\",\"addressLine\":\"广州市天河区体育西路 1 号\"}}").toString();
    }

    static void verdict(String check, boolean ok, String detail) {
        System.out.println((ok ? "PASS " : "FAIL ") + check + (detail.isEmpty() ? "" : " — " + detail));
        if (!ok) {
            failures++;
        }
    }

    static void expect(List<String> problems, boolean ok, String what) {
        if (!ok) {
            problems.add(what);
        }
    }

    static String waitFor(String what, int seconds, java.util.function.Supplier<String> probe) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            String v = probe.get();
            if (v != null) {
                return v;
            }
            if (System.nanoTime() > deadline) {
                System.out.println("  timed out after " + seconds + " s waiting for " + what);
                return null;
            }
            Thread.sleep(100);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Checks 1-3
    // ---------------------------------------------------------------------------------------------------------

    static void checks(List<Sku> all) throws Exception {
        Map<String, Sku> byKey = new LinkedHashMap<>();
        all.stream().filter(s -> s.pool().equals("check")).forEach(s -> byKey.put(s.key(), s));
        String checkoutId = idempotentReplays(byKey);
        if (checkoutId != null) {
            repeatedNotification(checkoutId, byKey);
        } else {
            verdict("2 notification delivered 5 times", false, "skipped: check 1 made no checkout");
        }
        threeShops(byKey);
    }

    /** The lines of a cart, in order: SKU key, quantity, SKU key, quantity… */
    static Map<Sku, Integer> cart(Map<String, Sku> sku, Object... keysAndQuantities) {
        Map<Sku, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < keysAndQuantities.length; i += 2) {
            lines.put(sku.get((String) keysAndQuantities[i]), (Integer) keysAndQuantities[i + 1]);
        }
        return lines;
    }

    /** Check 1: 10 concurrent identical checkouts with one Idempotency-Key. @return the checkout id */
    static String idempotentReplays(Map<String, Sku> sku) throws Exception {
        System.out.println("== check 1: 10 concurrent replays of one checkout with the same Idempotency-Key");
        String buyer = "bench-buyer-idem";
        String token = token(buyer, "buyer");
        Map<Sku, Integer> lines = cart(sku, "A1", 2, "A2", 1);
        String body = checkoutBody(lines, "62");
        String idemKey = UUID.randomUUID().toString();
        long reservedA1 = sqlLong(catalogDb, "SELECT reserved FROM sku_stock WHERE sku_id = '" + sku.get("A1").id() + "'");
        long reservedA2 = sqlLong(catalogDb, "SELECT reserved FROM sku_stock WHERE sku_id = '" + sku.get("A2").id() + "'");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> sent = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return send("POST", "/api/orders/checkouts", token, body, idemKey);
                }));
            }
            start.countDown();
        }
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> f : sent) {
            replies.add(f.get());
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        replies.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        Set<String> bodies = new HashSet<>();
        replies.forEach(r -> bodies.add(r.body()));
        String id = field(replies.get(0).body(), "id");
        long rows = sqlLong(ordersDb, "SELECT count(*) FROM checkout WHERE buyer_sub = '" + buyer + "'");
        long payments = id == null ? -1 : sqlLong(ordersDb, "SELECT count(*) FROM sandbox_payment WHERE payment_id IN "
                + "(SELECT id FROM checkout WHERE buyer_sub = '" + buyer + "')");
        long reservations = id == null ? -1 : sqlLong(catalogDb, "SELECT count(*) FROM reservation WHERE checkout_id = '" + id + "'");
        long nowA1 = sqlLong(catalogDb, "SELECT reserved FROM sku_stock WHERE sku_id = '" + sku.get("A1").id() + "'");
        long nowA2 = sqlLong(catalogDb, "SELECT reserved FROM sku_stock WHERE sku_id = '" + sku.get("A2").id() + "'");
        System.out.println("  statuses " + statuses + ", distinct bodies " + bodies.size() + ", checkout rows " + rows
                + ", sandbox payments " + payments + ", catalog reservations " + reservations
                + ", reserved A1 +" + (nowA1 - reservedA1) + " A2 +" + (nowA2 - reservedA2));
        List<String> problems = new ArrayList<>();
        expect(problems, statuses.equals(Map.of(201, 10)), "all 10 answered 201 (got " + statuses + ")");
        expect(problems, bodies.size() == 1, "identical bodies (got " + bodies.size() + " different)");
        expect(problems, rows == 1, "one checkout row (got " + rows + ")");
        expect(problems, payments == 1, "one payment at the provider (got " + payments + ")");
        expect(problems, reservations == 1, "one catalog reservation (got " + reservations + ")");
        expect(problems, nowA1 - reservedA1 == 2 && nowA2 - reservedA2 == 1, "stock reserved once");
        verdict("1 idempotent replays", problems.isEmpty(), problems.isEmpty()
                ? "10×201, 1 body, 1 checkout, 1 sandbox payment, 1 reservation" : String.join("; ", problems));
        if (!problems.isEmpty()) {
            replies.stream().filter(r -> r.status() != 201).limit(2)
                    .forEach(r -> System.out.println("  e.g. " + r.status() + " " + r.body()));
        }
        return id;
    }

    /** Check 2: pay, then deliver the provider's notification 5 more times. */
    static void repeatedNotification(String checkoutId, Map<String, Sku> sku) throws Exception {
        System.out.println("== check 2: payment notification delivered 5 times");
        String buyerToken = token("bench-buyer-idem", "buyer");
        String admin = token("bench-admin", "admin");
        String service = token("bench-checker", "service");
        String a1 = sku.get("A1").id(), a2 = sku.get("A2").id();
        String stockQuery = "SELECT on_hand || '/' || reserved FROM sku_stock WHERE sku_id = '%s'";
        String a1Before = sql(catalogDb, stockQuery.formatted(a1)), a2Before = sql(catalogDb, stockQuery.formatted(a2));
        String ppid = sql(ordersDb, "SELECT provider_payment_id FROM sandbox_payment WHERE payment_id = '" + checkoutId + "'");
        Reply pay = send("POST", "/api/orders/sandbox-pay/" + ppid + "/pay", buyerToken, null, null);
        System.out.println("  buyer pays " + ppid + ": " + pay.status() + " status=" + field(pay.body(), "status"));
        String paid = waitFor("checkout PAID", 30, () -> {
            Reply r = send("GET", "/api/orders/checkouts/" + checkoutId, buyerToken, null, null);
            return "PAID".equals(field(r.body(), "status")) ? r.body() : null;
        });
        String confirmed = waitFor("catalog reservation CONFIRMED", 30, () -> {
            Reply r = send("GET", "/api/catalog/reservations/" + checkoutId, service, null, null);
            return "CONFIRMED".equals(field(r.body(), "status")) ? r.body() : null;
        });
        String ledgerQuery = "SELECT count(*) FROM ledger_entries WHERE checkout_id = '" + checkoutId + "'";
        long shopOrders = sqlLong(ordersDb, "SELECT count(*) FROM shop_order WHERE checkout_id = '" + checkoutId + "'");
        long ledgerBefore = sqlLong(ordersDb, ledgerQuery);
        String paidAtBefore = sql(ordersDb, "SELECT paid_at FROM checkout WHERE id = '" + checkoutId + "'");

        Reply redeliver = send("POST", "/api/orders/sandbox-pay/" + ppid + "/notifications?times=5", admin, null, null);
        System.out.println("  redelivery: " + redeliver.status() + " delivered=" + field(redeliver.body(), "delivered")
                + " acknowledged=" + field(redeliver.body(), "acknowledged"));
        Thread.sleep(2000); // anything asynchronous a notification might start (stock sync) has time to happen

        Reply reservation = send("GET", "/api/catalog/reservations/" + checkoutId, service, null, null);
        String a1After = sql(catalogDb, stockQuery.formatted(a1)), a2After = sql(catalogDb, stockQuery.formatted(a2));
        long ledgerAfter = sqlLong(ordersDb, ledgerQuery);
        long paymentEntries = sqlLong(ordersDb, ledgerQuery + " AND kind = 'PAYMENT'");
        long unbalanced = sqlLong(ordersDb, "SELECT count(*) FROM (SELECT l.entry_id FROM ledger_legs l JOIN ledger_entries e"
                + " ON e.id = l.entry_id WHERE e.checkout_id = '" + checkoutId + "' GROUP BY l.entry_id"
                + " HAVING SUM(CASE l.side WHEN 'D' THEN l.amount_fen ELSE -l.amount_fen END) <> 0) u");
        long paidEvents = sqlLong(ordersDb, "SELECT count(*) FROM order_event e JOIN shop_order o ON o.id = e.shop_order_id"
                + " WHERE o.checkout_id = '" + checkoutId + "' AND e.type = 'ORDER_PAID'");
        long appliedNotifications = sqlLong(ordersDb, "SELECT count(*) FROM payment_notification WHERE checkout_id = '"
                + checkoutId + "'");
        String paidAtAfter = sql(ordersDb, "SELECT paid_at FROM checkout WHERE id = '" + checkoutId + "'");
        long deliveries = sqlLong(ordersDb, "SELECT count(*) FROM sandbox_notification_attempt a JOIN sandbox_notification n"
                + " USING (notify_id) WHERE n.provider_payment_id = '" + ppid + "'");
        System.out.println("  stock A1 (on_hand/reserved) " + a1Before + " -> " + a1After + ", A2 " + a2Before + " -> "
                + a2After);
        System.out.println("  reservation " + field(reservation.body(), "status") + " confirmedAt "
                + field(reservation.body(), "confirmedAt") + " (before redelivery "
                + (confirmed == null ? null : field(confirmed, "confirmedAt")) + ")");
        System.out.println("  ledger entries for the checkout " + ledgerBefore + " -> " + ledgerAfter + " (PAYMENT "
                + paymentEntries + ", shop orders " + shopOrders + ", unbalanced " + unbalanced + "), ORDER_PAID events "
                + paidEvents + ", notifications recorded by order-service " + appliedNotifications
                + ", deliveries at the provider " + deliveries);
        List<String> problems = new ArrayList<>();
        expect(problems, pay.status() == 200, "buyer pays (got " + pay.status() + ")");
        expect(problems, paid != null, "checkout PAID after the first notification");
        expect(problems, confirmed != null, "reservation CONFIRMED after payment");
        expect(problems, redeliver.status() == 200 && "5".equals(field(redeliver.body(), "delivered"))
                && "5".equals(field(redeliver.body(), "acknowledged")), "5 deliveries, all acknowledged");
        expect(problems, "CONFIRMED".equals(field(reservation.body(), "status")) && confirmed != null
                && field(confirmed, "confirmedAt").equals(field(reservation.body(), "confirmedAt")),
                "reservation confirmed once (same confirmedAt)");
        long[] b1 = split(a1Before), b2 = split(a2Before), x1 = split(a1After), x2 = split(a2After);
        // Before payment A1 had 2 and A2 1 unit reserved by this checkout; confirmation takes them off on-hand once.
        expect(problems, x1[0] == b1[0] - 2 && x1[1] == b1[1] - 2 && x2[0] == b2[0] - 1 && x2[1] == b2[1] - 1,
                "on_hand and reserved lowered exactly once (A1 " + a1Before + "->" + a1After + ", A2 " + a2Before + "->"
                        + a2After + ")");
        expect(problems, paymentEntries == shopOrders && ledgerAfter == ledgerBefore && ledgerAfter == shopOrders,
                "ledger posted once: one PAYMENT entry per shop order, unchanged by redelivery");
        expect(problems, unbalanced == 0, "ledger entries balanced");
        expect(problems, paidEvents == shopOrders, "one ORDER_PAID event per shop order");
        expect(problems, paidAtBefore.equals(paidAtAfter), "paid_at unchanged by redelivery");
        verdict("2 notification delivered 5 times", problems.isEmpty(), problems.isEmpty()
                ? "6 deliveries, reservation confirmed once, stock −2/−1 once, " + paymentEntries
                        + " ledger PAYMENT entry, " + paidEvents + " ORDER_PAID event" : String.join("; ", problems));
    }

    static long[] split(String onHandSlashReserved) {
        String[] p = onHandSlashReserved.split("/");
        return new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])};
    }

    /** Check 3: one cart over three shops, totals recomputed here to the fen, each seller sees only their order. */
    static void threeShops(Map<String, Sku> sku) throws Exception {
        System.out.println("== check 3: a cart over 3 shops");
        String buyer = "bench-buyer-3shops";
        String token = token(buyer, "buyer");
        Map<Sku, Integer> lines = cart(sku, "A1", 1, "A2", 3, "B1", 2, "B2", 1, "C1", 1, "C2", 4);
        String province = "44";
        Reply r = send("POST", "/api/orders/checkouts", token, checkoutBody(lines, province), UUID.randomUUID().toString());
        List<String> problems = new ArrayList<>();
        if (r.status() != 201) {
            verdict("3 cart over 3 shops", false, "checkout answered " + r.status() + ": " + r.body());
            return;
        }
        String checkoutId = field(r.body(), "id");
        // Expected per shop, from the seeded prices and weights and the tariff.
        Map<String, long[]> expected = new TreeMap<>(); // shopId -> goods, weight
        Map<String, String> ownerOf = new TreeMap<>();
        lines.forEach((s, q) -> {
            long[] e = expected.computeIfAbsent(s.shopId(), k -> new long[2]);
            e[0] += s.priceFen() * q;
            e[1] += (long) s.weightG() * q;
            ownerOf.put(s.shopId(), s.owner());
        });
        long expectedTotal = 0;
        Map<String, Long> expectedShopTotal = new TreeMap<>();
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            long kg = Math.max(1, (e.getValue()[1] + 999) / 1000);
            long shipping = TARIFF.get(province)[0] + (kg - 1) * TARIFF.get(province)[1];
            expectedShopTotal.put(e.getKey(), e.getValue()[0] + shipping);
            expectedTotal += e.getValue()[0] + shipping;
        }
        long total = Long.parseLong(field(r.body(), "totalFen"));
        // Shop orders as order-service stored them.
        String rows = sql(ordersDb, "SELECT string_agg(id || ' ' || shop_id || ' ' || goods_fen || ' ' || shipping_fen || ' '"
                + " || total_fen || ' ' || commission_fen, ',' ORDER BY shop_id) FROM shop_order WHERE checkout_id = '"
                + checkoutId + "'");
        List<String[]> orders = Arrays.stream(rows.split(",")).map(s -> s.split(" ")).toList();
        long sumOrders = orders.stream().mapToLong(o -> Long.parseLong(o[4])).sum();
        long payments = sqlLong(ordersDb, "SELECT count(*) FROM sandbox_payment WHERE payment_id = '" + checkoutId + "'");
        long paymentFen = sqlLong(ordersDb, "SELECT amount_fen FROM sandbox_payment WHERE payment_id = '" + checkoutId + "'");
        String ppid = sql(ordersDb, "SELECT provider_payment_id FROM sandbox_payment WHERE payment_id = '" + checkoutId + "'");
        Reply cashier = send("GET", "/api/orders/sandbox-pay/" + ppid, token, null, null);
        System.out.printf("  checkout %s: %d shop orders, total %d fen (expected %d), Σ shop orders %d, payment at the "
                        + "provider %d fen (%d payment), cashier page shows %s fen%n", checkoutId, orders.size(), total,
                expectedTotal, sumOrders, paymentFen, payments, field(cashier.body(), "amountFen"));
        expect(problems, orders.size() == 3, "3 shop orders (got " + orders.size() + ")");
        expect(problems, payments == 1, "1 payment (got " + payments + ")");
        expect(problems, total == expectedTotal && sumOrders == total && paymentFen == total
                && String.valueOf(total).equals(field(cashier.body(), "amountFen")), "totals equal to the fen");
        for (String[] o : orders) {
            long goods = Long.parseLong(o[2]), commission = Long.parseLong(o[5]);
            Long want = expectedShopTotal.get(o[1]);
            expect(problems, want != null && want == Long.parseLong(o[4]), "shop " + o[1] + " total " + o[4]
                    + " (expected " + want + ")");
            expect(problems, commission == Math.floorDiv(goods * COMMISSION_BP + 5000, 10000),
                    "commission of shop " + o[1]);
        }
        // Who may read which shop order.
        Set<String> owners = new LinkedHashSet<>(ownerOf.values());
        int allowed = 0, refused = 0;
        for (String[] o : orders) {
            for (String seller : owners) {
                Reply read = send("GET", "/api/orders/shop-orders/" + o[0], token(seller, "seller"), null, null);
                boolean own = seller.equals(ownerOf.get(o[1]));
                if (own && read.status() == 200 && o[0].equals(field(read.body(), "id"))) {
                    allowed++;
                } else if (!own && read.status() == 404) {
                    refused++;
                } else {
                    problems.add(seller + " reading order of shop " + o[1] + " got " + read.status());
                }
            }
            Reply stranger = send("GET", "/api/orders/shop-orders/" + o[0], token("bench-buyer-other", "buyer"), null, null);
            expect(problems, stranger.status() == 404, "another buyer gets 404 (got " + stranger.status() + ")");
            Reply own = send("GET", "/api/orders/shop-orders/" + o[0], token, null, null);
            expect(problems, own.status() == 200, "the buyer reads their order (got " + own.status() + ")");
        }
        for (String seller : owners) {
            Reply list = send("GET", "/api/orders/shop-orders?limit=100", token(seller, "seller"), null, null);
            Set<String> shops = new HashSet<>(fields(list.body(), "shopId"));
            String ownShop = ownerOf.entrySet().stream().filter(e -> e.getValue().equals(seller)).findFirst().get().getKey();
            expect(problems, list.status() == 200 && shops.equals(Set.of(ownShop)),
                    seller + "'s list shows only their shop (got " + list.status() + " " + shops + ")");
        }
        System.out.println("  sellers: " + allowed + " reads of their own order allowed, " + refused
                + " reads of another shop's order refused with 404");
        expect(problems, allowed == 3 && refused == 6, "3 own reads allowed, 6 foreign reads refused");
        verdict("3 cart over 3 shops", problems.isEmpty(), problems.isEmpty()
                ? "1 payment of " + total + " fen = Σ 3 shop orders, recomputed to the fen; sellers see only their own"
                : String.join("; ", problems));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Check 4: throughput
    // ---------------------------------------------------------------------------------------------------------

    static void throughput(List<Sku> skus, int requests, int clients, int warmup) throws Exception {
        String[] buyers = new String[200];
        for (int i = 0; i < buyers.length; i++) {
            buyers[i] = token("bench-buyer-" + i, "buyer");
        }
        if (warmup > 0) {
            run(skus, buyers, warmup, clients, new long[warmup], new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
        long[] latencies = new long[requests];
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<Integer, String> sample = new ConcurrentHashMap<>();
        long began = System.nanoTime();
        run(skus, buyers, requests, clients, latencies, statuses, sample);
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("  %d checkouts by %d concurrent buyers in %.1f s: %.1f checkouts/s%n", requests, clients,
                seconds, requests / seconds);
        System.out.printf("  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(latencies, 50),
                pct(latencies, 95), pct(latencies, 99), latencies[requests - 1] / 1e6);
        System.out.println("  statuses " + new TreeMap<>(statuses));
        sample.forEach((s, b) -> System.out.println("  e.g. " + s + ": " + b.substring(0, Math.min(300, b.length()))));
        System.out.printf("CHECKOUTS_PER_SECOND=%.1f%n", requests / seconds);
        System.out.printf("P50_MS=%.1f%nP95_MS=%.1f%nP99_MS=%.1f%n", pct(latencies, 50), pct(latencies, 95),
                pct(latencies, 99));
        System.out.println("CREATED=" + statuses.getOrDefault(201, 0));
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void run(List<Sku> skus, String[] buyers, int requests, int clients, long[] latencies,
                    Map<Integer, Integer> statuses, Map<Integer, String> sample) throws Exception {
        BenchDriver.spread(requests, clients, i -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int lineCount = 1 + random.nextInt(3);
            Map<Sku, Integer> lines = new LinkedHashMap<>();
            while (lines.size() < lineCount) {
                lines.putIfAbsent(skus.get(random.nextInt(skus.size())), 1 + random.nextInt(2));
            }
            String province = random.nextBoolean() ? "62" : "44";
            Reply r = send("POST", "/api/orders/checkouts", buyers[i % buyers.length], checkoutBody(lines, province),
                    UUID.randomUUID().toString());
            latencies[i] = r.nanos();
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() != 201) {
                sample.putIfAbsent(r.status(), r.body());
            }
        });
    }
}
