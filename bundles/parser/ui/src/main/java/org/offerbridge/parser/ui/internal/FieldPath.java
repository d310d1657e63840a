package org.offerbridge.parser.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field a service problem names: {@code lines[2].quantity} is list {@code lines}, index 2, leaf
 * {@code quantity}; {@code note} is just a leaf with index -1.
 */
record FieldPath(String list, int index, String leaf) {
    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z]+)\\[(\\d{1,6})\\](?:\\.([A-Za-z]+))?$");

    /** The parsed path, or null for a null field. */
    static FieldPath parse(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        Matcher m = INDEXED.matcher(field.strip());
        if (m.matches()) {
            return new FieldPath(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return new FieldPath(null, -1, field.strip());
    }
}
