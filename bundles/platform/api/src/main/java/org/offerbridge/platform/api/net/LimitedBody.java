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
    private final LimitedBytes bytes;

    private LimitedBody(int maxBytes, boolean truncate) {
        this.bytes = new LimitedBytes(maxBytes, truncate);
    }

    /** The body fails with an IOException when it is longer than {@code maxBytes}. */
    public static HttpResponse.BodyHandler<String> failingAbove(int maxBytes) {
        return info -> new LimitedBody(maxBytes, false);
    }

    /** The first {@code maxBytes} of the body (a cut multi-byte character becomes U+FFFD). */
    public static HttpResponse.BodyHandler<String> truncatedAt(int maxBytes) {
        return info -> new LimitedBody(maxBytes, true);
    }

    /** The body as bytes (a file download); fails with an IOException when it is longer than {@code maxBytes}. */
    public static HttpResponse.BodyHandler<byte[]> bytesFailingAbove(int maxBytes) {
        return info -> new LimitedBytes(maxBytes, false);
    }

    @Override
    public CompletionStage<String> getBody() {
        return bytes.getBody().thenApply(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        bytes.onSubscribe(s);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        bytes.onNext(buffers);
    }

    @Override
    public void onError(Throwable t) {
        bytes.onError(t);
    }

    @Override
    public void onComplete() {
        bytes.onComplete();
    }

    /** Collects at most {@code maxBytes}: above it the exchange is cancelled and the body fails or is cut. */
    static final class LimitedBytes implements HttpResponse.BodySubscriber<byte[]> {
        private final int maxBytes;
        private final boolean truncate;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBytes(int maxBytes, boolean truncate) {
            if (maxBytes < 0) {
                throw new IllegalArgumentException("maxBytes must not be negative");
            }
            this.maxBytes = maxBytes;
            this.truncate = truncate;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
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
                        body.complete(bytes.toByteArray());
                    } else {
                        body.completeExceptionally(new TooLarge(maxBytes));
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
            body.complete(bytes.toByteArray());
        }
    }

    /** The answer was longer than the caller allows. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(int maxBytes) {
            super("response larger than " + maxBytes + " bytes");
        }
    }
}
