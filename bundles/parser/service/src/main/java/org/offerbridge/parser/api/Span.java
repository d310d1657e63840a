package org.offerbridge.parser.api;

/** A fragment of a request's text, as UTF-16 offsets: {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }
}
