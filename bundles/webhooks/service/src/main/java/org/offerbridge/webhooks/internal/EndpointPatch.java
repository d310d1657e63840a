package org.offerbridge.webhooks.internal;

import java.util.List;

import org.offerbridge.platform.api.fields.Patch;

/**
 * The JSON body of PATCH /webhooks/endpoints/{id}, and once checked by {@link EndpointRules}, the change to apply:
 * absent fields stay as they are; {@code "description": null} clears the description.
 */
public record EndpointPatch(Patch<String> url, Patch<List<String>> events, Patch<String> description, Patch<Boolean> enabled) {
    public EndpointPatch {
        url = url == null ? Patch.absent() : url;
        events = events == null ? Patch.absent() : events;
        description = description == null ? Patch.absent() : description;
        enabled = enabled == null ? Patch.absent() : enabled;
    }
}
