import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of typical buyer searches through the running catalog-service's HTTP endpoint: for each query a warm-up,
 * then N sequential requests; prints p50/p95/p99/max in milliseconds and the number of items of the first page.
 *
 * <pre>java benchmarks/search/Bench.java [BASE_URL=http://127.0.0.1:18091] [REQUESTS=200] [WARMUP=30]</pre>
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18091";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        String categories = get(client, base + "/api/catalog/categories?limit=100").body();
        String produce = idOfCode(categories, "produce");

        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("2-char zh   q=牛肉", "q=" + enc("牛肉"));
        queries.put("2-char zh   q=核桃", "q=" + enc("核桃"));
        queries.put("4-char zh   q=手抓羊肉", "q=" + enc("手抓羊肉"));
        queries.put("4-char zh   q=临夏枸杞", "q=" + enc("临夏枸杞"));
        queries.put("1-char zh   q=茶", "q=" + enc("茶"));
        queries.put("english     q=walnuts", "q=walnuts");
        queries.put("english     q=goji berries", "q=" + enc("goji berries"));
        queries.put("filters     q=牛肉 county halal inStock", "q=" + enc("牛肉") + "&county=622921&halal=true&inStock=true");
        queries.put("price sort  q=核桃 price_asc inStock", "q=" + enc("核桃") + "&sort=price_asc&inStock=true");
        queries.put("price range q=苹果 3000..6000 fen", "q=" + enc("苹果") + "&minPriceFen=3000&maxPriceFen=6000");
        queries.put("newest      q=百合 sort=newest", "q=" + enc("百合") + "&sort=newest");
        queries.put("browse      category=produce newest", "categoryId=" + produce + "&sort=newest");
        // Known worst case (no text: the live sellable price of every visible product); timed with fewer requests.
        queries.put("browse*     all price_desc", "sort=price_desc");
        String firstPage = get(client, base + "/api/catalog/search?q=" + enc("牛肉") + "&limit=20").body();
        queries.put("2nd page    q=牛肉 after=cursor", "q=" + enc("牛肉") + "&limit=20&after=" + cursorOf(firstPage));
        String pricePage = get(client, base + "/api/catalog/search?q=" + enc("核桃") + "&sort=price_asc&limit=20").body();
        queries.put("2nd page    q=核桃 price_asc", "q=" + enc("核桃") + "&sort=price_asc&limit=20&after="
                + cursorOf(pricePage));

        System.out.printf("%-42s %7s %7s %7s %7s %6s%n", "query", "p50", "p95", "p99", "max", "items");
        List<Long> everything = new ArrayList<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String url = base + "/api/catalog/search?" + query.getValue();
            HttpResponse<String> check = get(client, url);
            if (check.statusCode() != 200) {
                throw new IllegalStateException(query.getKey() + " -> " + check.statusCode() + " " + check.body());
            }
            int items = count(check.body(), "\"shopId\":\"");
            boolean worstCase = query.getKey().startsWith("browse*");
            for (int i = 0; i < (worstCase ? 3 : warmup); i++) {
                get(client, url);
            }
            long[] nanos = new long[worstCase ? Math.min(requests, 20) : requests];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = get(client, url);
                nanos[i] = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + " -> " + response.statusCode());
                }
                if (!worstCase) {
                    everything.add(nanos[i]);
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%-42s %7.1f %7.1f %7.1f %7.1f %6d%n", query.getKey(), ms(pct(nanos, 50)),
                    ms(pct(nanos, 95)), ms(pct(nanos, 99)), ms(nanos[nanos.length - 1]), items);
        }
        long[] all = everything.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-42s %7.1f %7.1f %7.1f %7.1f%n", "ALL but browse* (" + all.length + ")", ms(pct(all, 50)),
                ms(pct(all, 95)), ms(pct(all, 99)), ms(all[all.length - 1]));
    }

    static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String cursorOf(String page) {
        Matcher m = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no next page: " + page);
        }
        return m.group(1);
    }

    static String idOfCode(String categories, String code) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"code\":\"" + Pattern.quote(code) + "\"")
                .matcher(categories);
        if (!m.find()) {
            throw new IllegalStateException("no category " + code + " in " + categories);
        }
        return m.group(1);
    }

    /** Items on the page: each has exactly one "shopId". */
    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static long pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
