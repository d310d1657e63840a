package org.offerbridge.webhooks.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the start of a receiver's answer for the delivery log and stops reading there: a receiver that
 * streams megabytes costs us {@code maxBytes}, not memory.
 */
final class KeptBody implements HttpResponse.BodySubscriber<String> {
    private final int maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    KeptBody(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    static HttpResponse.BodyHandler<String> handler(int maxBytes) {
        return info -> new KeptBody(maxBytes);
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer b : buffers) {
            int take = Math.min(b.remaining(), maxBytes - bytes.size());
            byte[] chunk = new byte[take];
            b.get(chunk);
            bytes.writeBytes(chunk);
            if (bytes.size() >= maxBytes) {
                subscription.cancel();
                finish();
                return;
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        // what arrived before the error is still worth showing
        finish();
    }

    @Override
    public void onComplete() {
        finish();
    }

    private void finish() {
        body.complete(bytes.toString(StandardCharsets.UTF_8));
    }
}
