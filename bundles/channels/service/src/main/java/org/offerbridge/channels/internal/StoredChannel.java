package org.offerbridge.channels.internal;

import java.util.Map;

/** A channel row read out of its transaction; secrets and the token stay sealed. */
record StoredChannel(String tenantId, String id, String kind, String name, String status, String statusReason, String tokenSealed,
        Map<String, String> settings, String secretsSealed, String accountKey, String planId, Long lastInboundAt, Long lastOutboundAt,
        String lastError, long createdAt) {

    static StoredChannel of(String tenantId, ChannelEntity e) {
        return new StoredChannel(tenantId, e.id, e.kind, e.name, e.status, e.statusReason, e.tokenSealed, Json.map(e.settings),
                e.secretsSealed, e.accountKey, e.planId, e.lastInboundAt, e.lastOutboundAt, e.lastError, e.createdAt);
    }

    @Override
    public String toString() {
        return "StoredChannel[" + id + ", kind=" + kind + ", tenant=" + tenantId + "]";
    }
}
