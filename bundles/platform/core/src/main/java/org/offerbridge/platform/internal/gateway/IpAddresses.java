package org.offerbridge.platform.internal.gateway;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Parses IP address literals and CIDR ranges without ever asking DNS: a forwarding header is attacker-written
 * text, and {@link InetAddress#getByName} would resolve a name in it.
 */
final class IpAddresses {
    private IpAddresses() {
    }

    /**
     * The address written in {@code text} (IPv4, IPv6 with or without brackets, either with a port, quotes
     * around it), or null when it is not an address literal.
     */
    static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0 || !portOrNothing(s.substring(end + 1))) {
                return null;
            }
            return v6(s.substring(1, end));
        }
        int colon = s.indexOf(':');
        if (colon >= 0 && colon == s.lastIndexOf(':')) {
            // one colon: IPv4 with a port
            return portOrNothing(s.substring(colon)) ? v4(s.substring(0, colon)) : null;
        }
        return colon >= 0 ? v6(s) : v4(s);
    }

    /** A normalised spelling of {@code text} when it is an address, otherwise {@code text} itself. */
    static String normalise(String text) {
        InetAddress a = parse(text);
        return a == null ? text : a.getHostAddress();
    }

    private static boolean portOrNothing(String rest) {
        return rest.isEmpty() || rest.matches(":[0-9]{1,5}") && Integer.parseInt(rest.substring(1)) <= 65535;
    }

    private static InetAddress v4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("[0-9]{1,3}")) {
                return null;
            }
            int v = Integer.parseInt(parts[i]);
            if (v > 255) {
                return null;
            }
            bytes[i] = (byte) v;
        }
        return byAddress(bytes);
    }

    private static InetAddress v6(String s) {
        // hex digits, colons and an embedded IPv4 tail only: a literal, so InetAddress parses it without DNS
        if (!s.toLowerCase(Locale.ROOT).matches("[0-9a-f:.]+") || !s.contains(":")) {
            return null;
        }
        try {
            return InetAddress.getByName("[" + s + "]");
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address range in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) or one address. */
    record Range(byte[] network, int prefix) {

        /** The range written in {@code text}; throws {@link IllegalArgumentException} naming the text when it is none. */
        static Range parse(String text) {
            String s = text.strip();
            int slash = s.indexOf('/');
            InetAddress a = IpAddresses.parse(slash < 0 ? s : s.substring(0, slash));
            if (a == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
            }
            byte[] bytes = a.getAddress();
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                String p = s.substring(slash + 1);
                if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > bytes.length * 8) {
                    throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
                }
                prefix = Integer.parseInt(p);
            }
            return new Range(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }

        @Override
        public String toString() {
            return IpAddresses.byAddress(network).getHostAddress() + "/" + prefix;
        }
    }
}
