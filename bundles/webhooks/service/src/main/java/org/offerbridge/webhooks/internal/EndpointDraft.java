package org.offerbridge.webhooks.internal;

import java.util.List;

/** Validated endpoint fields; for a change, null fields stay as they are. */
record EndpointDraft(String url, List<String> events, String description, Boolean enabled) {
}
