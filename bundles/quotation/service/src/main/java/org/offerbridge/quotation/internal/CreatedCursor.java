package org.offerbridge.quotation.internal;

import org.offerbridge.platform.api.rest.ProblemException;

/** The keyset position "createdAt:id" of a newest-first page's last row, as quote and order lists page. */
record CreatedCursor(long createdAt, String id) {

    static String key(long createdAt, String id) {
        return createdAt + ":" + id;
    }

    /** The position a page's {@code after} names, or null for the first page. */
    static CreatedCursor parse(String after) {
        if (after == null) {
            return null;
        }
        int colon = after.indexOf(':');
        try {
            return new CreatedCursor(Long.parseLong(after.substring(0, colon)), after.substring(colon + 1));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "cursor is not one this API issued");
        }
    }
}
