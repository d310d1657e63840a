package org.offerbridge.platform.api.net;

import java.net.URI;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Guards server-side requests to addresses that tenants choose (LLM endpoints, webhooks, mail servers) against SSRF: only
 * http and https without user info, and a host none of whose addresses is loopback, wildcard, link-local
 * (cloud metadata), private, carrier-grade NAT or multicast, unless an administrator allowed that host.
 * Callers check every URL right before connecting and never follow redirects (a redirect is a new URL).
 */
@ProviderType
public interface OutboundAddressPolicy {

    /**
     * Returns the parsed URL when it may be called.
     *
     * @throws RefusedAddressException naming why not; the message is safe to show to the caller
     */
    URI check(String url);

    /**
     * The same rules for a plain host and port, for protocols other than HTTP (e.g. a tenant's SMTP server).
     *
     * @throws RefusedAddressException naming why not; the message is safe to show to the caller
     */
    default void checkHost(String host, int port) {
        // the rules judge the host and port; the scheme only carries them
        String h = host != null && host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        check("https://" + h + ":" + port + "/");
    }
}
