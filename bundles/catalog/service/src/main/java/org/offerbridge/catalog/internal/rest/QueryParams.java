package org.offerbridge.catalog.internal.rest;

import org.offerbridge.platform.api.fields.FieldRules;

/** Query parameters of the catalog API. */
final class QueryParams {
    private QueryParams() {
    }

    /** {@code true}, {@code false}, or null when absent or blank; anything else is a 400 naming the parameter. */
    static Boolean bool(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.equals("true") && !raw.equals("false")) {
            throw FieldRules.invalid(field, field + " must be true or false", "field.oneOf", field, "true, false");
        }
        return Boolean.valueOf(raw);
    }
}
