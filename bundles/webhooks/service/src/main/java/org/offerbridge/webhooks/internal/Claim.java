package org.offerbridge.webhooks.internal;

/** What one attempt needs, read while claiming the delivery; the secret stays sealed until signing. */
record Claim(String tenantId, String deliveryId, String messageId, String eventType, String url, String secretSealed, String body) {
    @Override
    public String toString() {
        return "Claim[tenant=" + tenantId + ", delivery=" + deliveryId + ", message=" + messageId + ", type=" + eventType + "]";
    }
}
