package org.offerbridge.catalog.internal.rest;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.fields.Patch;

/** The catalog's rule for the fields of a change (a PATCH body): what may be set, what may also be removed. */
final class Changes {
    private Changes() {
    }

    /** A field a change may set but not remove: an explicit null is a 400 naming it. */
    static <T> Patch<T> kept(String field, Patch<T> p) {
        if (p != null && p.cleared()) {
            throw FieldRules.invalid(field, field + " cannot be removed", "field.required", field);
        }
        return given(p);
    }

    /** The field as given; a null {@link Patch} (a caller building the body in code) is absent. */
    static <T> Patch<T> given(Patch<T> p) {
        return p == null ? Patch.absent() : p;
    }
}
