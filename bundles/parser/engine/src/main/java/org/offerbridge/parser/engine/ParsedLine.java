package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A matched catalog line; {@code source} is the text fragment that produced it, {@code spans} the fragments of the
 * original text (product and quantity words) it came from, one or more per mention.
 */
public record ParsedLine(String sku, BigDecimal quantity, double confidence, String source, List<Span> spans) {
    public ParsedLine {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** A line without highlighting information (callers from before spans existed). */
    public ParsedLine(String sku, BigDecimal quantity, double confidence, String source) {
        this(sku, quantity, confidence, source, List.of());
    }
}
