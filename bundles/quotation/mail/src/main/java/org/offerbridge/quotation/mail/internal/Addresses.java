package org.offerbridge.quotation.mail.internal;

import java.util.Locale;

import org.offerbridge.platform.api.fields.FieldRules;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Email addresses as one bare mailbox ("name@example.com"), checked by the mail library's RFC 822 parser. */
final class Addresses {
    static final int MAX = FieldRules.MAX_EMAIL;

    private Addresses() {
    }

    /**
     * The address, stripped, or an exception whose message is safe to show.
     *
     * @throws IllegalArgumentException when it is not one plain address
     */
    static String check(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("An email address is required");
        }
        if (v.length() > MAX) {
            throw new IllegalArgumentException("An email address has at most " + MAX + " characters");
        }
        try {
            InternetAddress a = new InternetAddress(v, true);
            a.validate();
            if (a.getPersonal() != null || !a.getAddress().equals(v) || v.indexOf('@') < 1) {
                throw new AddressException("not a single bare address");
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("'" + v + "' is not a valid email address");
        }
        int at = v.lastIndexOf('@');
        // the domain is case-insensitive; the local part is the receiving server's business
        return v.substring(0, at + 1) + v.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
