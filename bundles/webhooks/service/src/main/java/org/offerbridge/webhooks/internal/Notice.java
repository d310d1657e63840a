package org.offerbridge.webhooks.internal;

/** What the tenant is told after an attempt; {@code origin} is the endpoint's scheme, host and port. */
record Notice(Kind kind, String messageId, String eventType, String origin, int attempts, String lastError) {
    enum Kind { MESSAGE_FAILED, ENDPOINT_DISABLED, ENDPOINT_GONE }
}
