import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load client for a webhook channel's inbound URL, run by hand through inbound-webhooks.sh. Each message is signed
 * as Standard Webhooks says (HMAC-SHA256 of id.timestamp.body with the channel's whsec_ secret) and has its own
 * sender thread, so each is its own conversation.
 *   java InboundLoad.java baseline URL REQUESTS CONCURRENCY          (an unmapped path: the web server alone)
 *   java InboundLoad.java burst URL SECRET REQUESTS CONCURRENCY      (as fast as acknowledged)
 *   java InboundLoad.java paced URL SECRET PER_SECOND SECONDS FILE   (writes "conversationId ackEpochMillis" lines)
 *   java InboundLoad.java presign SECRET REQUESTS FILE               (signed messages for wrk, a tab-separated line
 *                                                                     each: id, timestamp, signature, body)
 */
public class InboundLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] TEXTS = {
        "Please quote 12 hex bolts M8x40 and 2 rolls of PVC tape",
        "Bitte Angebot: 50 m PVC-Rohr 20 mm und 6 Kugelhähne",
        "Need 200 nuts M8, 400 washers M8 and 3 boxes of wood screws",
        "कृपया 10 बॉल वाल्व और 20 मीटर पाइप का कोटेशन भेजें",
    };

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "baseline" -> report("baseline " + args[1], run(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    i -> HttpRequest.newBuilder(URI.create(args[1])).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(i))).build(), 404, null));
            case "burst" -> {
                byte[] key = key(args[2]);
                int n = Integer.parseInt(args[3]);
                int c = Integer.parseInt(args[4]);
                run(Math.min(2000, n), c, i -> signed(args[1], key, i), 200, null); // warm-up
                report("signed messages", run(n, c, i -> signed(args[1], key, i), 200, null));
            }
            case "presign" -> presign(key(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "paced" -> paced(args[1], key(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    interface Requests {
        HttpRequest make(int i) throws Exception;
    }

    record Result(long[] nanos, double seconds, int failures) {
    }

    private static String body(int i) {
        String text = TEXTS[i % TEXTS.length];
        return "{\"from\":{\"name\":\"Bench sender " + i + "\",\"email\":\"bench-" + i + "@example.com\"},\"text\":\""
                + text + "\",\"thread\":\"" + UUID.randomUUID() + "\"}";
    }

    private static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    private static HttpRequest signed(String url, byte[] key, int i) throws Exception {
        String id = "msg_" + UUID.randomUUID();
        long ts = System.currentTimeMillis() / 1000;
        String body = body(i);
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(ts)).header("webhook-signature", "v1," + signature(key, id, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String signature(byte[] key, String id, long ts, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs REQUESTS messages ahead, so that wrk (which cannot sign) sends real, verifiable ones at little CPU of its own. */
    private static void presign(byte[] key, int n, Path out) throws Exception {
        long ts = System.currentTimeMillis() / 1000;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (int i = 0; i < n; i++) {
                String id = "msg_" + UUID.randomUUID();
                String body = body(i);
                w.print(id + "\t" + ts + "\t" + signature(key, id, ts, body) + "\t" + body + "\n");
            }
        }
    }

    private static Result run(int total, int concurrency, Requests requests, int expected, ConcurrentLinkedQueue<String> acks)
            throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < total;) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = HTTP.send(requests.make(i), HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - t0;
                    if (r.statusCode() != expected) {
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println("answer " + r.statusCode() + ": " + r.body());
                        }
                    } else if (acks != null) {
                        acks.add(conversation(r.body()) + " " + System.currentTimeMillis());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        return new Result(nanos, (System.nanoTime() - start) / 1e9, failures.get());
    }

    private static String conversation(String body) {
        int at = body.indexOf("\"conversationId\":\"") + "\"conversationId\":\"".length();
        return body.substring(at, body.indexOf('"', at));
    }

    private static void paced(String url, byte[] key, int perSecond, int seconds, Path out) throws Exception {
        ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
        long[] nanos = new long[perSecond * seconds];
        long start = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(signed(url, key, i), HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t0;
            if (r.statusCode() == 200) {
                acks.add(conversation(r.body()) + " " + System.currentTimeMillis());
            }
        }
        Files.write(out, acks);
        report("paced " + perSecond + "/s", new Result(nanos, (System.nanoTime() - start) / 1e9, nanos.length - acks.size()));
    }

    private static void report(String what, Result r) {
        long[] n = r.nanos().clone();
        Arrays.sort(n);
        System.out.printf("%s: %d requests in %.1f s = %.0f/s, %d not as expected; ack ms p50 %.1f p95 %.1f p99 %.1f max %.1f%n",
                what, n.length, r.seconds(), n.length / r.seconds(), r.failures(), ms(n, .50), ms(n, .95), ms(n, .99), n[n.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
    }
}
