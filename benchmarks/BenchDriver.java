// Load driver for the inventory benchmarks. Plain JDK, no dependencies: run it with `java BenchDriver.java ...`.
//
//   java BenchDriver.java keygen DIR
//       writes an RSA key pair: DIR/public.b64 (start catalog-service with QUARKUS_OIDC_PUBLIC_KEY=<its content>)
//       and DIR/private.b64, which the commands below sign their service-account tokens with
//   java BenchDriver.java oversell DIR SKU_ID REQUESTS URL [URL...]
//       REQUESTS checkouts of 1 unit of SKU_ID, all at once, spread round-robin over the URLs
//   java BenchDriver.java throughput DIR SKU_FILE REQUESTS CLIENTS URL
//       REQUESTS reservations (1 to 3 random SKUs of SKU_FILE, 1 or 2 units each) by CLIENTS concurrent clients
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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

public class BenchDriver {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "keygen" -> keygen(Path.of(args[1]));
            case "oversell" -> oversell(Path.of(args[1]), args[2], Integer.parseInt(args[3]),
                    Arrays.asList(args).subList(4, args.length));
            case "throughput" -> throughput(Path.of(args[1]), Files.readAllLines(Path.of(args[2])).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList(), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), args[5]);
            default -> {
                System.err.println("usage: keygen DIR | oversell DIR SKU REQUESTS URL... | "
                        + "throughput DIR SKU_FILE REQUESTS CLIENTS URL");
                System.exit(2);
            }
        }
    }

    static void keygen(Path dir) throws Exception {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(dir.resolve("public.b64"),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        Files.writeString(dir.resolve("private.b64"),
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    }

    /** The run's signing key, written by {@code keygen}. */
    static PrivateKey privateKey(Path dir) throws Exception {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(Files.readString(dir.resolve("private.b64")).strip())));
    }

    /** An RS256 token of a service account, like Keycloak's client-credentials tokens for order-service. */
    static String token(Path dir) throws Exception {
        return token(privateKey(dir), "bench-order-service", 3600, "service");
    }

    /** An RS256 token like Keycloak's: the account in {@code sub}, its roles in {@code groups}. */
    static String token(PrivateKey key, String sub, long ttlSeconds, String... roles) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = b64("{\"sub\":\"" + sub + "\",\"preferred_username\":\"" + sub + "\",\"groups\":[\""
                + String.join("\",\"", roles) + "\"],\"iss\":\"https://bench.huinong.local\",\"iat\":" + now
                + ",\"exp\":" + (now + ttlSeconds) + "}");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest reservation(String baseUrl, String token, UUID checkout, Map<String, Integer> lines) {
        StringBuilder body = new StringBuilder("{\"checkoutId\":\"").append(checkout).append("\",\"lines\":[");
        boolean first = true;
        for (Map.Entry<String, Integer> line : lines.entrySet()) {
            body.append(first ? "" : ",").append("{\"skuId\":\"").append(line.getKey())
                    .append("\",\"quantity\":").append(line.getValue()).append('}');
            first = false;
        }
        body.append("]}");
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/catalog/reservations"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    static void oversell(Path dir, String sku, int requests, List<String> urls) throws Exception {
        String token = token(dir);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Map<Integer, Integer>> byInstance = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String url = urls.get(i % urls.size());
                HttpRequest request = reservation(url, token, UUID.randomUUID(), Map.of(sku, 1));
                sent.add(pool.submit(() -> {
                    start.await();
                    int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    byInstance.computeIfAbsent(url, u -> new ConcurrentHashMap<>()).merge(status, 1, Integer::sum);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : sent) {
                f.get();
            }
        }
        Map<Integer, Integer> total = new TreeMap<>();
        byInstance.forEach((url, statuses) -> {
            System.out.println("  " + url + " answered " + new TreeMap<>(statuses));
            statuses.forEach((s, n) -> total.merge(s, n, Integer::sum));
        });
        System.out.println("  all instances: " + total + "  (201 = reserved, 409 = refused: not enough stock)");
        System.out.println("RESERVED_OK=" + total.getOrDefault(201, 0));
    }

    static void throughput(Path dir, List<String> skus, int requests, int clients, String url) throws Exception {
        String token = token(dir);
        // Warm-up: JIT, connection pools and the database's caches, not measured.
        run(token, skus, Math.min(1000, requests / 10), clients, url);
        long[] latencies = new long[requests];
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        long began = System.nanoTime();
        run(token, skus, requests, clients, url, latencies, statuses);
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("  %d reservations by %d concurrent clients in %.1f s: %.0f reservations/s%n",
                requests, clients, seconds, requests / seconds);
        System.out.printf("  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies[requests - 1] / 1e6);
        System.out.println("  statuses " + new TreeMap<>(statuses));
        System.out.printf("RESERVATIONS_PER_SECOND=%.0f%n", requests / seconds);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void run(String token, List<String> skus, int requests, int clients, String url) throws Exception {
        run(token, skus, requests, clients, url, new long[requests], new ConcurrentHashMap<>());
    }

    static void run(String token, List<String> skus, int requests, int clients, String url, long[] latencies,
                    Map<Integer, Integer> statuses) throws Exception {
        spread(requests, clients, i -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int lineCount = 1 + random.nextInt(3);
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < lineCount) {
                chosen.add(skus.get(random.nextInt(skus.size())));
            }
            Map<String, Integer> lines = new TreeMap<>();
            chosen.forEach(s -> lines.put(s, 1 + random.nextInt(2)));
            HttpRequest request = reservation(url, token, UUID.randomUUID(), lines);
            long t0 = System.nanoTime();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            latencies[i] = System.nanoTime() - t0;
            statuses.merge(status, 1, Integer::sum);
        });
    }

    /** One request of a load run, by its number. */
    interface Request {
        void send(int i) throws Exception;
    }

    /** Sends requests 0 to REQUESTS - 1 from CLIENTS virtual threads, each taking the next number until none is left. */
    static void spread(int requests, int clients, Request request) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        request.send(i);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
    }
}
