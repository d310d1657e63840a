package org.offerbridge.channels.internal;

import java.util.List;
import java.util.Locale;

import org.offerbridge.platform.api.fields.FieldRules;

/** Field rules and limits of channels and conversations, in one place for REST and services. */
final class ChannelRules {
    static final int MAX_NAME = 100;
    static final int MAX_REASON = 500;
    static final int MAX_TEXT = 4096;
    static final int MAX_QUERY = 100;
    static final List<String> STATES = List.of("closed", "open");

    private ChannelRules() {
    }

    static String name(String value) {
        return FieldRules.requiredName("name", value, MAX_NAME);
    }

    static String kind(String value, List<String> installed) {
        String k = FieldRules.requiredText("kind", value, 20).toLowerCase(Locale.ROOT);
        return FieldRules.oneOf("kind", k, installed);
    }

    static String replyText(String value) {
        return FieldRules.required("text", FieldRules.multiLine("text", value, MAX_TEXT));
    }

    static String state(String value) {
        String s = FieldRules.text("state", value, 10);
        return s == null ? null : FieldRules.oneOf("state", s.toLowerCase(Locale.ROOT), STATES);
    }

    /** A reason or error as stored: one line, at most {@link #MAX_REASON} characters. */
    static String reason(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("[\\p{Cntrl}]+", " ").strip();
        return v.length() > MAX_REASON ? v.substring(0, MAX_REASON - 1) + "…" : v;
    }
}
