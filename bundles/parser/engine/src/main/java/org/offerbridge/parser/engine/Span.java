package org.offerbridge.parser.engine;

/**
 * A fragment of the original request text: UTF-16 offsets into the string passed to
 * {@link RequestParser#parse}, {@code start} inclusive, {@code end} exclusive.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
}
