package org.offerbridge.quotation.mail.api;

import java.util.regex.Pattern;

/** What a mail server's name may look like in settings; the outbound address policy then decides whether it may be reached. */
public final class MailHosts {
    /** A DNS name or an IPv4/IPv6 literal. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?|[0-9a-fA-F:.]+");
    /** The longest DNS name. */
    public static final int MAX = 253;

    private MailHosts() {
    }

    public static boolean isHostName(String host) {
        return host != null && host.length() <= MAX && HOST.matcher(host).matches();
    }
}
