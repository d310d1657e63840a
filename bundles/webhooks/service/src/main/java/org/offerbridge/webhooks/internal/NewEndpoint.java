package org.offerbridge.webhooks.internal;

import java.util.List;

/** The JSON body of POST /webhooks/endpoints, and once checked by {@link EndpointRules}, what is stored. */
public record NewEndpoint(String url, List<String> events, String description, Boolean enabled) {
}
