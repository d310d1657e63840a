package org.offerbridge.channels.meta.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A local stand-in for Meta's Graph API: records each call and answers with the next scripted status and body. */
final class FakeGraph implements AutoCloseable {
    record Call(String method, String pathAndQuery, String authorization, String contentType, String body) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{}";
    private final HttpServer server;

    FakeGraph() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            calls.add(new Call(exchange.getRequestMethod(), uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
    }

    FakeGraph answer(int status, String body) {
        this.status = status;
        this.answer = body;
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v25.0";
    }

    GraphClient client() {
        return new GraphClient(URI::create, 2);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
