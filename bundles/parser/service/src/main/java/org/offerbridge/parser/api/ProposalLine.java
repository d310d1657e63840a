package org.offerbridge.parser.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a request's draft proposal. {@code kind} is {@code line} for a catalog product (sku, name, unit,
 * price set) or {@code unmatched} for a requested item the catalog lacks (only text and maybe quantity).
 * {@code spans} locate the words in the request's text that produced the line (empty for lines staff added).
 * {@code options} are the product's options chosen for the line (option name to value, in the product's order;
 * empty when none), and {@code unitPrice} includes their price differences (since 1.6).
 */
public record ProposalLine(String kind, String sku, String name, BigDecimal quantity, String unit, String unitPrice,
        String currency, Double confidence, String text, List<Span> spans, Map<String, String> options) {
    public static final String LINE = "line";
    public static final String UNMATCHED = "unmatched";

    public ProposalLine {
        spans = spans == null ? List.of() : List.copyOf(spans);
        options = options == null || options.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A line without options (the shape of version 1.5). */
    public ProposalLine(String kind, String sku, String name, BigDecimal quantity, String unit, String unitPrice, String currency,
            Double confidence, String text, List<Span> spans) {
        this(kind, sku, name, quantity, unit, unitPrice, currency, confidence, text, spans, Map.of());
    }
}
