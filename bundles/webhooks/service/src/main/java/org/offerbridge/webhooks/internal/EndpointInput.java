package org.offerbridge.webhooks.internal;

import java.util.List;

/** The JSON body of POST and PATCH /webhooks/endpoints; for PATCH absent fields stay as they are. */
public record EndpointInput(String url, List<String> events, String description, Boolean enabled) {
}
