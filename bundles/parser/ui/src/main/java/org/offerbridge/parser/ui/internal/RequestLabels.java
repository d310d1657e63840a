package org.offerbridge.parser.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;

/**
 * Readable texts for a request's codes and values: status, channel and parser by their keys in the messages (the
 * code itself when there is no text for it), languages by name, times in the user's locale and zone, the sender in one line.
 */
final class RequestLabels {
    private final Texts t;
    private final Times times;

    RequestLabels(Texts t, Times times) {
        this.t = t;
        this.times = times;
    }

    String status(String code) {
        return coded("status.", code);
    }

    String channel(String code) {
        return coded("channel.", code);
    }

    String parser(String code) {
        return coded("parser.", code);
    }

    /** The language's name in the user's language ("German", "Deutsch"; "hi-Latn": "Hindi (Latin)"). */
    String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayName(t.locale());
        return name.isBlank() ? code : name;
    }

    String time(Instant at) {
        return times.dateTime(at);
    }

    /** "Name <email>, phone" from whatever the sender gave. */
    String sender(IntakeRequest.Sender s) {
        if (s == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (s.name() != null && !s.name().isBlank()) {
            parts.add(s.name());
        }
        if (s.email() != null && !s.email().isBlank()) {
            parts.add(parts.isEmpty() ? s.email() : "<" + s.email() + ">");
        }
        String head = String.join(" ", parts);
        if (s.phone() != null && !s.phone().isBlank()) {
            head = head.isEmpty() ? s.phone() : head + ", " + s.phone();
        }
        return head;
    }

    /** "name (type, 12 KB)" for an attachment. */
    String attachment(IntakeRequest.Attachment a) {
        String type = a.contentType() == null ? "" : a.contentType();
        String size = a.size() == null ? "" : size(a.size());
        String meta = type.isEmpty() ? size : size.isEmpty() ? type : type + ", " + size;
        return meta.isEmpty() ? a.name() : t.get("attachment", a.name(), meta);
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return t.get("size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return t.get("size.kb", Math.round(bytes / 1024.0));
        }
        return t.get("size.mb", bytes / (1024.0 * 1024.0));
    }

    private String coded(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return t.has(prefix + code) ? t.get(prefix + code) : code;
    }
}
