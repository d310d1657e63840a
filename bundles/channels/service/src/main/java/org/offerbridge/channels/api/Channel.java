package org.offerbridge.channels.api;

import java.time.Instant;
import java.util.Map;

/**
 * One connected account of one kind in one workspace. {@code status} is one of {@link #CONNECTED},
 * {@link #NEEDS_ATTENTION} (with {@code statusReason}) or {@link #DISCONNECTED}. {@code settings} holds the kind's
 * plain settings only: secrets are write-only and never leave the server.
 */
public record Channel(String id, String kind, String name, String status, String statusReason, String inboundUrl,
        Map<String, String> settings, Instant lastInboundAt, Instant lastOutboundAt, String lastError, Instant createdAt) {

    public static final String CONNECTED = "connected";
    public static final String NEEDS_ATTENTION = "needs_attention";
    public static final String DISCONNECTED = "disconnected";
}
