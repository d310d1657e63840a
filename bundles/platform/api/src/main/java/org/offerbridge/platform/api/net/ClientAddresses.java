package org.offerbridge.platform.api.net;

import java.util.List;
import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The address of the client behind a request, for rate limits, login events and timelines. Without configured
 * trusted proxies it is the socket peer's address and forwarding headers are never read; behind a trusted
 * reverse proxy it is the address that proxy reports in its forwarding header.
 */
@ProviderType
public interface ClientAddresses {

    /**
     * The client address of one request.
     *
     * @param peer    the socket peer's address, as {@code getRemoteAddr()} gives it
     * @param headers all values of a request header by name, in order (null or empty when absent); read only
     *                when {@code peer} is a trusted proxy
     * @return the client address, normalised (one spelling per address); the peer as given when nothing better
     *         is known
     */
    String resolve(String peer, Function<String, List<String>> headers);
}
