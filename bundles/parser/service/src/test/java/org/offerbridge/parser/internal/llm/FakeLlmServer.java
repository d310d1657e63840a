package org.offerbridge.parser.internal.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A local OpenAI-compatible endpoint replaying canned chat-completions responses, recording what it received.
 */
final class FakeLlmServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Received(String method, String path, String authorization, String contentType, JsonNode body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile long delayMillis;
    private volatile String location;

    FakeLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            JsonNode parsed;
            try {
                parsed = JSON.readTree(in);
            } catch (IOException e) {
                parsed = null;
            }
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"), parsed));
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (location != null) {
                exchange.getResponseHeaders().set("Location", location);
            }
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            } catch (IOException e) {
                // the client gave up (timeout test): nothing to deliver
            }
        });
        server.start();
    }

    /** Base URL as an admin would enter it. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers with a documented chat.completion whose message content is {@code content}. */
    FakeLlmServer replies(String content) {
        return answers(200, completion(content, "stop"));
    }

    FakeLlmServer answers(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    FakeLlmServer redirectsTo(String location) {
        this.location = location;
        return answers(302, "");
    }

    FakeLlmServer slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    /** The shape OpenAI documents for a non-streamed chat completion. */
    static String completion(String content, String finishReason) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-AbC123xyz");
        root.put("object", "chat.completion");
        root.put("created", 1_731_000_000L);
        root.put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 412);
        usage.put("completion_tokens", 58);
        usage.put("total_tokens", 470);
        root.put("system_fingerprint", "fp_0ba0d124f1");
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
