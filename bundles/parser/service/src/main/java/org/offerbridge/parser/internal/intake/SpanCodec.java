package org.offerbridge.parser.internal.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.offerbridge.parser.api.Span;

/** Spans stored in one short column as "start-end,start-end"; what does not fit the column is dropped. */
final class SpanCodec {
    static final int MAX_LENGTH = 400;

    private SpanCodec() {
    }

    static String encode(List<Span> spans) {
        if (spans == null || spans.isEmpty()) {
            return null;
        }
        StringJoiner out = new StringJoiner(",");
        for (Span s : spans) {
            String next = s.start() + "-" + s.end();
            if (out.length() + next.length() + 1 > MAX_LENGTH) {
                break;
            }
            out.add(next);
        }
        return out.toString();
    }

    static List<Span> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (String pair : stored.split(",")) {
            int dash = pair.indexOf('-');
            try {
                spans.add(new Span(Integer.parseInt(pair.substring(0, dash)), Integer.parseInt(pair.substring(dash + 1))));
            } catch (RuntimeException e) {
                // a damaged pair only loses its highlight
            }
        }
        return spans;
    }
}
