package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.List;

/** A requested item that is not in the catalog; {@code quantity} may be null; {@code spans} as in {@link ParsedLine}. */
public record Unmatched(String text, BigDecimal quantity, List<Span> spans) {
    public Unmatched {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** An item without highlighting information (callers from before spans existed). */
    public Unmatched(String text, BigDecimal quantity) {
        this(text, quantity, List.of());
    }
}
