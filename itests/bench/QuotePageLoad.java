import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the customer's side of a quote, run by hand through quote-page-latency.sh: a fresh workspace with
 * 20 products sends QUOTES quotes of 20 lines; then CONCURRENCY workers open the public pages round-robin (REQUESTS
 * times, after a warm-up), download PDFs, and each quote is accepted once. Prints client-side latency percentiles.
 * Usage: java QuotePageLoad.java BASE CONCURRENCY REQUESTS QUOTES
 */
public class QuotePageLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int concurrency = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        int quotes = Integer.parseInt(args[3]);
        long tag = System.nanoTime() % 1_000_000_000L;

        String key = field(send("POST", base + "/tenants", null, "{\"companyName\":\"Page bench " + tag + "\",\"adminEmail\":\"page-bench-"
                + tag + "@example.com\",\"adminPassword\":\"page bench passphrase " + tag + "\",\"plan\":\"enterprise\"}", 201), "apiKey");
        StringBuilder lines = new StringBuilder("[");
        for (int i = 1; i <= 20; i++) {
            send("POST", base + "/catalog/products", key, "{\"sku\":\"PB-" + i + "\",\"name\":\"Bench product " + i
                    + " in stainless steel\",\"unit\":\"pcs\",\"price\":\"" + (i * 3) + ".75\",\"currency\":\"EUR\",\"taxRate\":19}", 201);
            lines.append(i > 1 ? "," : "").append("{\"sku\":\"PB-").append(i).append("\",\"quantity\":").append(i)
                    .append(i % 4 == 0 ? ",\"discountPercent\":5" : "").append("}");
        }
        lines.append("]");
        List<String> pages = new ArrayList<>();
        for (int q = 0; q < quotes; q++) {
            String id = field(send("POST", base + "/quotes", key, "{\"customer\":{\"name\":\"Bench Buyer " + q + "\",\"email\":\"buyer" + q
                    + "@example.com\"},\"currency\":\"EUR\",\"lines\":" + lines + "}", 201), "id");
            String url = field(send("POST", base + "/quotes/" + id + "/send", key, "{}", 200), "publicUrl");
            pages.add(base + url.substring(url.indexOf("/api/v1") + "/api/v1".length()));
        }
        System.out.printf("%d quotes of 20 lines sent%n", quotes);

        IntFunction<HttpRequest> page = i -> HttpRequest.newBuilder(URI.create(pages.get(i % pages.size())))
                .header("Accept", "text/html").header("Accept-Language", "de-DE,de;q=0.9").GET().build();
        run(page, concurrency, Math.min(1000, requests));
        report("GET public page (first opens mark viewed)", run(page, concurrency, requests), concurrency);
        IntFunction<HttpRequest> pdf = i -> HttpRequest.newBuilder(URI.create(pages.get(i % pages.size()) + "/pdf")).GET().build();
        run(pdf, concurrency, Math.min(200, requests / 10));
        report("GET public PDF (20 lines)", run(pdf, concurrency, Math.max(1, requests / 10)), concurrency);
        IntFunction<HttpRequest> accept = i -> HttpRequest.newBuilder(URI.create(pages.get(i) + "/accept"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench Buyer " + i + "\"}")).build();
        report("POST accept (quote -> order)", run(accept, concurrency, pages.size()), concurrency);
    }

    private static void report(String what, long[] nanos, int concurrency) {
        Arrays.sort(nanos);
        System.out.printf("%s: %d requests, concurrency %d; ms p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", what, nanos.length,
                concurrency, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
    }

    private static long[] run(IntFunction<HttpRequest> request, int concurrency, int total) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < total;) {
                    HttpRequest req = request.apply(i);
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> res = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    nanos[i] = System.nanoTime() - t0;
                    if (res.statusCode() / 100 != 2 && failures.getAndIncrement() < 3) {
                        System.err.println("HTTP " + res.statusCode() + " for " + req.uri().getPath() + ": " + new String(res.body()));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed (is anonymousRequestsPerMinute raised?)");
        }
        return nanos;
    }

    private static String send(String method, String url, String key, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> res = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + res.statusCode() + ": " + res.body());
        }
        return res.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
