package org.offerbridge.systemmessages.internal;

import java.util.List;
import java.util.Locale;

import org.offerbridge.platform.api.fields.FieldRules;

/** The rules for a message an integration reports; every refusal is a 400 naming the field, with a message key. */
final class SystemMessageRules {
    static final int MAX_MESSAGE = 2000;
    static final int MAX_SOURCE = 40;
    static final List<String> SEVERITIES = List.of("info", "warning", "error");

    private SystemMessageRules() {
    }

    /** Severity (any case, warning when absent), source ({@code integration} when absent) and the required message. */
    static NewMessage forAdd(NewMessage in) {
        FieldRules.body(in);
        String severity = in.severity() == null ? "warning" : FieldRules.oneOf("severity", in.severity().toLowerCase(Locale.ROOT), SEVERITIES);
        String source = FieldRules.text("source", in.source(), MAX_SOURCE);
        String message = FieldRules.required("message", FieldRules.multiLine("message", in.message(), MAX_MESSAGE));
        return new NewMessage(severity, source == null ? "integration" : source, message);
    }
}
