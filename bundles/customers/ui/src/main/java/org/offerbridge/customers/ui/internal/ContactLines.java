package org.offerbridge.customers.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerbridge.customers.api.Customer.Handle;

/**
 * The form's one-entry-per-line text areas: emails, phones and messenger handles written as
 * {@code channel: handle}. Blank lines are skipped; each entry remembers its line so an error the directory
 * reports for {@code emails[2]} can point at the line the user wrote.
 */
final class ContactLines {
    private static final Pattern INDEX = Pattern.compile("^[A-Za-z]+\\[(\\d+)\\]");

    /** The non-blank lines of a text area, stripped, and their 1-based line numbers. */
    record Lines(List<String> values, List<Integer> lineNumbers) {
        Lines {
            values = List.copyOf(values);
            lineNumbers = List.copyOf(lineNumbers);
        }

        /** The line of entry {@code index}, or -1 when there is no such entry. */
        int lineOf(int index) {
            return index >= 0 && index < lineNumbers.size() ? lineNumbers.get(index) : -1;
        }
    }

    /** A handle line without the colon between channel and handle. */
    static final class NoChannelException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;

        NoChannelException(int line) {
            super("line " + line + " is not 'channel: handle'");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private ContactLines() {
    }

    static Lines lines(String text) {
        List<String> values = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (text != null) {
            String[] raw = text.split("\\R", -1);
            for (int i = 0; i < raw.length; i++) {
                String v = raw[i].strip();
                if (!v.isEmpty()) {
                    values.add(v);
                    numbers.add(i + 1);
                }
            }
        }
        return new Lines(values, numbers);
    }

    /**
     * Handles from {@code channel: handle} lines, split at the first colon (so {@code instagram: https://...}
     * keeps its URL). The directory checks and lower-cases the channel; only a missing colon fails here.
     */
    static List<Handle> handles(Lines lines) {
        List<Handle> out = new ArrayList<>();
        for (int i = 0; i < lines.values().size(); i++) {
            String v = lines.values().get(i);
            int colon = v.indexOf(':');
            if (colon < 0) {
                throw new NoChannelException(lines.lineNumbers().get(i));
            }
            out.add(new Handle(v.substring(0, colon).strip(), v.substring(colon + 1).strip()));
        }
        return out;
    }

    static String join(List<String> values) {
        return String.join("\n", values);
    }

    static String format(List<Handle> handles) {
        return String.join("\n", handles.stream().map(h -> h.channel() + ": " + h.handle()).toList());
    }

    /** The field a problem names without its index or sub-field: {@code handles[0].channel} → {@code handles}. */
    static String baseField(String field) {
        if (field == null) {
            return null;
        }
        int cut = field.length();
        int bracket = field.indexOf('[');
        int dot = field.indexOf('.');
        if (bracket >= 0) {
            cut = bracket;
        }
        if (dot >= 0 && dot < cut) {
            cut = dot;
        }
        return field.substring(0, cut);
    }

    /** The entry index a problem names ({@code emails[2]} → 2), or -1. */
    static int index(String field) {
        if (field == null) {
            return -1;
        }
        Matcher m = INDEX.matcher(field);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
