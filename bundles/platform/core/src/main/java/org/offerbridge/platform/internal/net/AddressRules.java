package org.offerbridge.platform.internal.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which resolved addresses a server-side request must not reach: everything that is not a public unicast
 * address. IPv6 addresses that embed an IPv4 address (IPv4-compatible, NAT64) are judged by the IPv4 inside.
 */
final class AddressRules {

    private AddressRules() {
    }

    /** Why the address is refused, or empty when it is a public unicast address. */
    static Optional<String> refusal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Optional<Inet4Address> embedded = embeddedIpv4(b);
            if (embedded.isPresent()) {
                return refusal(embedded.get());
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("a private (unique local) address");
            }
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the wildcard address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (cloud metadata lives there)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second <= 127) {
                return Optional.of("a carrier-grade NAT address");
            }
            if (first == 0) {
                return Optional.of("a 'this network' address");
            }
            if (first >= 240) {
                return Optional.of("a reserved or broadcast address");
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address inside ::a.b.c.d (IPv4-compatible) or 64:ff9b::a.b.c.d (NAT64); IPv4-mapped ones arrive as IPv4. */
    private static Optional<Inet4Address> embeddedIpv4(byte[] b) {
        boolean compatible = Arrays.equals(Arrays.copyOf(b, 12), new byte[12]);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        if (!compatible && !nat64) {
            return Optional.empty();
        }
        if (compatible && b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1)) {
            return Optional.empty(); // :: and ::1 themselves: wildcard and loopback, judged as IPv6
        }
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
