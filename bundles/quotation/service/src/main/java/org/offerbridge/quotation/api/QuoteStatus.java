package org.offerbridge.quotation.api;

import java.util.Locale;

/** Where a quote is in its life. {@code superseded}: a later revision replaced it. */
public enum QuoteStatus {
    DRAFT, SENT, VIEWED, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a status name case-insensitively; throws {@link IllegalArgumentException} for unknown names. */
    public static QuoteStatus of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
