package org.offerbridge.platform.api.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Response bodies read as UTF-8 with a size limit, so an outbound endpoint that sends more is never buffered
 * whole: {@link #failingAbove} for answers that must be complete (an API reply), {@link #truncatedAt} for answers
 * only kept for a log (the rest is dropped and the exchange still succeeds).
 */
public final class LimitedBody implements HttpResponse.BodySubscriber<String> {
    private final int maxBytes;
    private final boolean truncate;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(int maxBytes, boolean truncate) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        this.maxBytes = maxBytes;
        this.truncate = truncate;
    }

    /** The body fails with an IOException when it is longer than {@code maxBytes}. */
    public static HttpResponse.BodyHandler<String> failingAbove(int maxBytes) {
        return info -> new LimitedBody(maxBytes, false);
    }

    /** The first {@code maxBytes} of the body (a cut multi-byte character becomes U+FFFD). */
    public static HttpResponse.BodyHandler<String> truncatedAt(int maxBytes) {
        return info -> new LimitedBody(maxBytes, true);
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
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            int room = maxBytes - bytes.size();
            if (b.remaining() > room) {
                subscription.cancel();
                if (truncate) {
                    byte[] head = new byte[room];
                    b.get(head);
                    bytes.writeBytes(head);
                    body.complete(bytes.toString(StandardCharsets.UTF_8));
                } else {
                    body.completeExceptionally(new IOException("response larger than " + maxBytes + " bytes"));
                }
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toString(StandardCharsets.UTF_8));
    }
}
