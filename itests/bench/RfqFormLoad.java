import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.zip.GZIPOutputStream;

/**
 * Load client for the request-for-quote form, run by hand through rfq-form-load.sh: a fresh enterprise workspace with 20
 * products switches its form on; then CONCURRENCY workers GET the form page (PAGES times, after a warm-up) and POST JSON
 * submissions of two products (SUBMISSIONS times). Prints the page's weight, latency percentiles and requests/s.
 * Usage: java RfqFormLoad.java BASE CONCURRENCY PAGES SUBMISSIONS
 */
public class RfqFormLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int concurrency = Integer.parseInt(args[1]);
        int pages = Integer.parseInt(args[2]);
        int submissions = Integer.parseInt(args[3]);
        long tag = System.nanoTime() % 1_000_000_000L;

        String key = field(send("POST", base + "/tenants", null, "{\"companyName\":\"Form bench " + tag + "\",\"adminEmail\":\"form-bench-"
                + tag + "@example.com\",\"adminPassword\":\"form bench passphrase " + tag + "\",\"plan\":\"enterprise\"}", 201), "apiKey");
        for (int i = 1; i <= 20; i++) {
            send("POST", base + "/catalog/products", key, "{\"sku\":\"FB-" + i + "\",\"name\":\"Bench product " + i
                    + " in stainless steel\",\"unit\":\"pcs\",\"price\":\"" + (i * 3) + ".75\",\"currency\":\"EUR\",\"taxRate\":19}", 201);
        }
        String settings = send("PUT", base + "/rfq-form/settings", key, "{\"enabled\":true,\"notify\":false}", 200);
        String formUrl = field(settings, "formUrl");
        int api = formUrl.indexOf("/api/v1");
        String form = api >= 0 ? base + formUrl.substring(api + "/api/v1".length()) : formUrl;
        System.out.printf("form %s with 20 products%n", form);

        // the page's weight: as sent without compression, gzip of it, and what the server sends a client accepting gzip
        HttpResponse<byte[]> plain = HTTP.send(HttpRequest.newBuilder(URI.create(form)).header("Accept", "text/html")
                .header("Accept-Language", "de-DE,de;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (plain.statusCode() != 200) {
            throw new IllegalStateException("GET form answered " + plain.statusCode());
        }
        String html = new String(plain.body(), StandardCharsets.UTF_8);
        Matcher style = Pattern.compile("(?s)<style>(.*?)</style>").matcher(html);
        int css = style.find() ? style.group(1).getBytes(StandardCharsets.UTF_8).length : 0;
        HttpResponse<byte[]> zipped = HTTP.send(HttpRequest.newBuilder(URI.create(form)).header("Accept", "text/html")
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        String encoding = zipped.headers().firstValue("Content-Encoding").orElse("identity");
        boolean external = Pattern.compile("<(link|script|img)[^>]+(href|src)=").matcher(html).find();
        System.out.printf("page weight: %d bytes HTML (of which %d bytes inline CSS), %d bytes gzipped here; "
                + "the server sends %d bytes (%s) to a client accepting gzip; external assets: %s%n",
                plain.body().length, css, gzip(plain.body()), zipped.body().length, encoding, external ? "yes" : "none");

        String token = field(html.replaceAll("name=\"formToken\" value=", "\"formToken\":"), "formToken");
        IntFunction<HttpRequest> page = i -> HttpRequest.newBuilder(URI.create(form)).header("Accept", "text/html")
                .header("Accept-Language", i % 2 == 0 ? "de-DE,de;q=0.9" : "en").GET().build();
        run(page, concurrency, Math.min(500, pages));
        report("GET form page (20 products)", run(page, concurrency, pages), concurrency);

        IntFunction<HttpRequest> submit = i -> HttpRequest.newBuilder(URI.create(form)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench Buyer " + i
                        + "\",\"email\":\"buyer" + i + "@example.com\",\"company\":\"Bench Ltd\",\"message\":\"Please quote, delivery in May. Bench "
                        + i + "\",\"formToken\":\"" + token + "\",\"items\":[{\"sku\":\"FB-" + (1 + i % 20) + "\",\"quantity\":" + (1 + i % 9)
                        + "},{\"sku\":\"FB-" + (1 + (i + 7) % 20) + "\",\"quantity\":2}]}", StandardCharsets.UTF_8)).build();
        report("POST JSON submission (2 products)", run(submit, concurrency, submissions), concurrency);
    }

    private static int gzip(byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        }
        return out.size();
    }

    private record Run(long[] nanos, long wallNanos) {
    }

    private static void report(String what, Run r, int concurrency) {
        long[] nanos = r.nanos();
        Arrays.sort(nanos);
        System.out.printf("%s: %d requests, concurrency %d; %.1f requests/s; ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", what,
                nanos.length, concurrency, nanos.length / (r.wallNanos() / 1e9), ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
    }

    private static Run run(IntFunction<HttpRequest> request, int concurrency, int total) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < total;) {
                    HttpRequest req = request.apply(i);
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> res = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    nanos[i] = System.nanoTime() - t0;
                    if (res.statusCode() / 100 != 2 && failures.getAndIncrement() < 3) {
                        System.err.println("HTTP " + res.statusCode() + " for " + req.method() + " " + req.uri().getPath() + ": "
                                + new String(res.body(), StandardCharsets.UTF_8));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed (are the daily cap, fill time and anonymous limit lifted?)");
        }
        return new Run(nanos, wall);
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
