package org.offerbridge.parser.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a request's draft proposal. {@code kind} is {@code line} for a catalog product (sku, name, unit,
 * price set) or {@code unmatched} for a requested item the catalog lacks (only text and maybe quantity).
 * {@code spans} locate the words in the request's text that produced the line (empty for lines staff added).
 */
public record ProposalLine(String kind, String sku, String name, BigDecimal quantity, String unit, String unitPrice,
        String currency, Double confidence, String text, List<Span> spans) {
    public static final String LINE = "line";
    public static final String UNMATCHED = "unmatched";

    public ProposalLine {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }
}
