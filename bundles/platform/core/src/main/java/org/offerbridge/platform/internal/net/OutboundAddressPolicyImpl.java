package org.offerbridge.platform.internal.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The outbound policy: scheme and user-info rules on the URL, then every address the host resolves to (one
 * private address among public ones is enough to refuse, since the client may connect to any of them).
 */
@Component(service = OutboundAddressPolicy.class, configurationPid = OutboundConfig.PID)
@Designate(ocd = OutboundConfig.class)
public class OutboundAddressPolicyImpl implements OutboundAddressPolicy {

    /** Name resolution, replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private volatile Set<String> allowed;

    @Activate
    public OutboundAddressPolicyImpl(OutboundConfig config) {
        this(config, InetAddress::getAllByName);
    }

    OutboundAddressPolicyImpl(OutboundConfig config, Resolver resolver) {
        this.resolver = resolver;
        modified(config);
    }

    @Modified
    void modified(OutboundConfig config) {
        String[] hosts = config.allowedPrivateHosts() == null ? new String[0] : config.allowedPrivateHosts();
        // A .cfg file gives one string "a,b" where a console gives an array: split both the same way.
        this.allowed = Arrays.stream(hosts).flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public URI check(String url) {
        if (url == null || url.isBlank()) {
            throw new RefusedAddressException("A URL is required");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedAddressException("Not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException("Only http and https URLs are allowed");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedAddressException("Credentials in the URL are not allowed");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedAddressException("The URL has no valid host");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        checkHost(host, port);
        return uri;
    }

    @Override
    public void checkHost(String host, int port) {
        if (host == null || host.isBlank()) {
            throw new RefusedAddressException("A host is required");
        }
        if (port < 1 || port > 65535) {
            throw new RefusedAddressException("The port must be between 1 and 65535");
        }
        host = host.strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(host) || allowed.contains(host + ":" + port)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("The host " + host + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedAddressException("The host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            Optional<String> why = AddressRules.refusal(a);
            if (why.isPresent()) {
                throw new RefusedAddressException("The host " + host + " is " + why.get()
                        + "; an administrator can allow it in " + OutboundConfig.PID + " (allowedPrivateHosts)");
            }
        }
    }
}
