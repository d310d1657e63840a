package org.offerbridge.platform.api;

/**
 * A capability as one tenant sees it.
 *
 * @param id        capability id
 * @param title     display name
 * @param installed its bundles are installed and active on this server
 * @param allowed   the tenant's plan includes it
 */
public record CapabilityStatus(String id, String title, String description, boolean installed, boolean allowed) {
    /** Usable now: installed and allowed. */
    public boolean enabled() {
        return installed && allowed;
    }
}
