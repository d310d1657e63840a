package org.offerbridge.channels.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.offerbridge.platform.api.fields.FieldRules;

/** Tag names: trimmed, at most {@value #MAX_TAG} characters, no commas; kept as {@code ,a,b,} for LIKE matching. */
final class ConversationTags {
    static final int MAX_TAG = 40;
    static final int MAX_TAGS = 20;

    private ConversationTags() {
    }

    static String tag(String field, String value) {
        String t = FieldRules.name(field, value, MAX_TAG);
        if (t != null && t.contains(",")) {
            throw FieldRules.invalid(field, field + " must not contain a comma", "channels.tagComma", field);
        }
        return t;
    }

    static String join(List<String> tags) {
        List<String> given = FieldRules.atMost("tags", tags == null ? List.<String>of() : tags, MAX_TAGS);
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            kept.add(FieldRules.required("tags[" + i + "]", tag("tags[" + i + "]", given.get(i))));
        }
        return kept.isEmpty() ? "" : "," + String.join(",", kept) + ",";
    }

    /** A tag inside a LIKE pattern with {@code ESCAPE '!'}: its wildcards are taken literally. */
    static String likeSafe(String tag) {
        return tag.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
