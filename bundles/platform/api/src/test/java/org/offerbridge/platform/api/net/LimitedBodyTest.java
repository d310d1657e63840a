package org.offerbridge.platform.api.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class LimitedBodyTest {
    private HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int size = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.sendResponseHeaders(200, 0); // chunked: the client learns the size only by reading
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < size; i++) {
                    out.write('a' + i % 26);
                }
            } catch (IOException e) {
                // the client stopped reading: expected above the limit
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpRequest get(int size) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/?" + size)).build();
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        assertEquals(3000, http.send(get(3000), LimitedBody.failingAbove(4000)).body().length());
        assertEquals(3000, http.send(get(3000), LimitedBody.truncatedAt(4000)).body().length());
    }

    @Test
    void aLongerBodyFailsOrIsCutDependingOnTheUse() throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> http.sendAsync(get(200_000), LimitedBody.failingAbove(4000)).get());
        assertInstanceOf(IOException.class, e.getCause());
        String kept = http.send(get(200_000), LimitedBody.truncatedAt(4000)).body();
        assertEquals(4000, kept.length());
        assertEquals("abcdefghij", kept.substring(0, 10));
    }
}
