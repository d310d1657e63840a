package org.offerbridge.platform.internal.gateway;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.servlet.http.HttpServletRequest;

import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.platform.internal.PlatformConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides a request's client address. Forwarding headers are read only when the socket
 * peer is a configured trusted proxy; then the client is the rightmost address in the chain that is not itself
 * a trusted proxy (everything left of it was written by the client and may be forged).
 */
@Component(service = {ClientAddresses.class, ClientAddressResolver.class}, configurationPid = PlatformConfig.PID)
public class ClientAddressResolver implements ClientAddresses {
    private static final Logger LOG = LoggerFactory.getLogger(ClientAddressResolver.class);
    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED = "Forwarded";
    /** A longer chain is not from a proxy we trust; reading it would only cost time. */
    private static final int MAX_HOPS = 32;

    private volatile List<IpAddresses.Range> trusted = List.of();
    private volatile String header = X_FORWARDED_FOR;
    private boolean logged;

    @Activate
    public ClientAddressResolver(ProxyConfig config) {
        configure(config);
    }

    @Modified
    void modified(ProxyConfig config) {
        configure(config);
    }

    private void configure(ProxyConfig config) {
        List<IpAddresses.Range> ranges = new ArrayList<>();
        String[] entries = config.trustedProxies() == null ? new String[0] : config.trustedProxies();
        for (String entry : entries) {
            // a .cfg file gives one comma-separated string; typed arrays give one entry each
            for (String part : entry.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                try {
                    ranges.add(IpAddresses.Range.parse(part));
                } catch (IllegalArgumentException e) {
                    LOG.warn("Ignoring trustedProxies entry {}: not an IP address or CIDR range", part);
                }
            }
        }
        String h = config.clientAddressHeader() == null ? "" : config.clientAddressHeader().strip();
        String chosen = h.equalsIgnoreCase(FORWARDED) ? FORWARDED : X_FORWARDED_FOR;
        if (!h.isEmpty() && !h.equalsIgnoreCase(chosen)) {
            LOG.warn("Unknown clientAddressHeader {}; using {}", h, chosen);
        }
        boolean changed = !ranges.toString().equals(trusted.toString()) || !chosen.equals(header) || !logged;
        this.trusted = List.copyOf(ranges);
        this.header = chosen;
        logged = true;
        if (!changed) {
            // the platform configuration changed elsewhere: nothing to say about proxies
            return;
        }
        if (ranges.isEmpty()) {
            LOG.info("No trusted proxies: the client address is the connection's peer address");
        } else {
            LOG.info("Trusted proxies {}: the client address is read from {} when they connect", ranges, chosen);
        }
    }

    @Override
    public String resolve(String peer, Function<String, List<String>> headers) {
        InetAddress peerAddress = IpAddresses.parse(peer);
        if (peerAddress == null) {
            return peer == null ? "unknown" : peer;
        }
        List<IpAddresses.Range> t = trusted;
        if (t.isEmpty() || !isTrusted(peerAddress, t) || headers == null) {
            return peerAddress.getHostAddress();
        }
        List<String> chain = chain(headers.apply(header), header);
        InetAddress client = peerAddress;
        for (int i = chain.size() - 1; i >= 0 && i >= chain.size() - MAX_HOPS; i--) {
            InetAddress hop = IpAddresses.parse(chain.get(i));
            if (hop == null) {
                // garbage (or "unknown", an obfuscated name) where an address must be: the last trusted hop is all we know
                break;
            }
            client = hop;
            if (!isTrusted(hop, t)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /** A servlet request's peer address resolved to its client; "unknown" outside a request. */
    public String of(HttpServletRequest request) {
        String peer;
        try {
            peer = request == null ? null : request.getRemoteAddr();
        } catch (RuntimeException e) {
            // an injected request proxy outside a request
            peer = null;
        }
        if (peer == null) {
            return resolve(null, null);
        }
        // servlet header names are case-insensitive, whatever case the proxy (or HTTP/2) used
        return resolve(peer, name -> {
            Enumeration<String> values = request.getHeaders(name);
            return values == null ? List.of() : Collections.list(values);
        });
    }

    private static boolean isTrusted(InetAddress address, List<IpAddresses.Range> ranges) {
        for (IpAddresses.Range r : ranges) {
            if (r.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The hops written in all lines of the header, leftmost first. */
    static List<String> chain(List<String> values, String header) {
        if (values == null) {
            return List.of();
        }
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String element : value.split(",")) {
                hops.add(header.equals(FORWARDED) ? forwardedFor(element) : element.strip());
            }
        }
        return hops;
    }

    /** The {@code for=} parameter of one RFC 7239 element ({@code for=192.0.2.60;proto=http}), or "" when it has none. */
    private static String forwardedFor(String element) {
        return Arrays.stream(element.split(";")).map(String::strip)
                .filter(p -> p.toLowerCase(Locale.ROOT).startsWith("for="))
                .map(p -> p.substring(4)).findFirst().orElse("");
    }
}
