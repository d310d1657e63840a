import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for POST /parse, run by hand through parse-latency.sh: {@code concurrency} workers send the texts
 * (one JSON string per line of the texts file) round-robin, after a warm-up, and print latency percentiles as
 * the client saw them (connection kept alive, as an integration would).
 * Usage: java ParseLoad.java BASE API_KEY TEXTS_FILE CONCURRENCY REQUESTS [PATH]
 */
public class ParseLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        List<String> texts = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
        int concurrency = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        String path = args.length > 5 ? args[5] : "/parse";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        int warmup = Math.min(2000, requests);
        run(http, base + path, key, texts, concurrency, warmup);
        long start = System.nanoTime();
        long[] nanos = run(http, base + path, key, texts, concurrency, requests);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("POST %s: %d requests, concurrency %d, %d texts, %.1f s, %.0f req/s%n", path, requests, concurrency,
                texts.size(), seconds, requests / seconds);
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(nanos, 0.50), ms(nanos, 0.90),
                ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
    }

    private static long[] run(HttpClient http, String url, String key, List<String> texts, int concurrency, int total)
            throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < total;) {
                    String body = "{\"channel\":\"email\",\"text\":" + texts.get(i % texts.size()) + "}";
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - t0;
                    if (res.statusCode() / 100 != 2 && failures.getAndIncrement() < 3) {
                        System.err.println("HTTP " + res.statusCode() + ": " + res.body());
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
            throw new IllegalStateException(failures.get() + " requests failed");
        }
        return nanos;
    }
}
