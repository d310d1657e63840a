package org.offerbridge.channels.telegram.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** The Bot API on loopback: records each call (path and body) and answers what a test set per method, else ok. */
final class BotApiStub implements AutoCloseable {
    record Call(String path, String contentType, String body) {
    }

    private record Reply(int status, String body) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final HttpServer server;

    BotApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(path, exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            String method = path.substring(path.lastIndexOf('/') + 1);
            Reply r = replies.getOrDefault(method, new Reply(200, "{\"ok\":true,\"result\":true}"));
            byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(r.status(), out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
    }

    void answer(String method, int status, String body) {
        replies.put(method, new Reply(status, body));
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.path().endsWith("/" + method)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
