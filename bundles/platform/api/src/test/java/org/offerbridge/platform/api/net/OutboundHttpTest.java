package org.offerbridge.platform.api.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class OutboundHttpTest {
    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<String> userAgent = new AtomicReference<>();
    /** Allows loopback, refuses any host named "refused.example". */
    private final OutboundAddressPolicy policy = url -> {
        URI u = URI.create(url);
        if ("refused.example".equals(u.getHost())) {
            throw new RefusedAddressException("the host is not allowed");
        }
        return u;
    };
    private final OutboundHttp http = new OutboundHttp(policy, "Offerbridge-Test/1", Duration.ofSeconds(2));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/ok", exchange -> {
            calls.incrementAndGet();
            userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = {1, 2, 3};
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/redirect", exchange -> {
            calls.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/ok");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/trickle", exchange -> {
            // headers at once, then a body that never ends: only a whole-exchange timeout stops it
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up: expected
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void sendsWithItsUserAgentAndReturnsTheAnswer() throws Exception {
        HttpResponse<byte[]> r = http.send(url("/ok"), HttpRequest.newBuilder().GET().header("User-Agent", "spoofed"),
                LimitedBody.bytesFailingAbove(10), Duration.ofSeconds(2));
        assertEquals(200, r.statusCode());
        assertArrayEquals(new byte[] {1, 2, 3}, r.body());
        assertEquals("Offerbridge-Test/1", userAgent.get());
    }

    @Test
    void aRedirectIsTheAnswerNotFollowed() throws Exception {
        HttpResponse<String> r = http.send(url("/redirect"), HttpRequest.newBuilder().GET(), LimitedBody.failingAbove(100),
                Duration.ofSeconds(2));
        assertEquals(302, r.statusCode());
        assertEquals(1, calls.get(), "the Location was not called");
        assertEquals("HTTP 302 (redirects are not followed)", OutboundHttp.describeStatus(302));
    }

    @Test
    void aRefusedAddressIsNeverCalledAndDoesNotHeal() {
        OutboundFailure f = assertThrows(OutboundFailure.class, () -> http.send("http://refused.example/x",
                HttpRequest.newBuilder().GET(), LimitedBody.failingAbove(100), Duration.ofSeconds(2)));
        assertEquals(OutboundFailure.Kind.REFUSED, f.kind());
        assertFalse(f.heals());
        assertTrue(f.getMessage().contains("the host is not allowed"), f.getMessage());
    }

    @Test
    void aBodyThatNeverEndsTimesOutAsAWhole() {
        OutboundFailure f = assertThrows(OutboundFailure.class, () -> http.send(url("/trickle"), HttpRequest.newBuilder().GET(),
                LimitedBody.failingAbove(1 << 20), Duration.ofMillis(700)));
        assertEquals(OutboundFailure.Kind.TIMED_OUT, f.kind());
        assertTrue(f.heals());
        assertEquals("timed out after 700 ms", f.getMessage());
    }

    @Test
    void anAnswerAboveTheLimitFailsAndDoesNotHeal() {
        OutboundFailure f = assertThrows(OutboundFailure.class, () -> http.send(url("/trickle"), HttpRequest.newBuilder().GET(),
                LimitedBody.bytesFailingAbove(3), Duration.ofSeconds(5)));
        assertEquals(OutboundFailure.Kind.TOO_LARGE, f.kind());
        assertFalse(f.heals());
    }

    @Test
    void aClosedPortIsUnreachableWithoutQuotingTheUrl() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OutboundFailure f = assertThrows(OutboundFailure.class, () -> http.send("http://127.0.0.1:" + port + "/bot123:SECRET/x",
                HttpRequest.newBuilder().GET(), LimitedBody.failingAbove(100), Duration.ofSeconds(2)));
        assertEquals(OutboundFailure.Kind.UNREACHABLE, f.kind());
        assertTrue(f.heals());
        assertFalse(f.getMessage().contains("SECRET"), f.getMessage());
    }
}
