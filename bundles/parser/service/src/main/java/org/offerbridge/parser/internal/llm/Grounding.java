package org.offerbridge.parser.internal.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offerbridge.catalog.api.Product;
import org.offerbridge.parser.engine.ParseResult;
import org.offerbridge.parser.engine.ParsedLine;
import org.offerbridge.parser.engine.Unmatched;

/**
 * Holds the model's answer against the tenant's catalog. Only SKUs of the catalog survive (an unknown SKU
 * becomes an unmatched item with the words that asked for it); a quantity must be positive, at most
 * {@value #MAX_QUANTITY} and have at most four decimals, otherwise the line becomes unmatched without a
 * quantity; lines for the same SKU are merged by adding their quantities.
 * <p>
 * Confidence says how far the line is corroborated, since a model gives no calibrated score of its own:
 * {@value #AGREED} when the built-in parser found the same SKU and quantity, {@value #SAME_SKU} when it found
 * the SKU with another quantity, and a modest {@value #MODEL_ONLY} when only the model found it.
 */
final class Grounding {
    static final double AGREED = 0.9;
    static final double SAME_SKU = 0.75;
    static final double MODEL_ONLY = 0.6;
    static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000);
    static final int MAX_SCALE = 4;
    /** Longest source or unmatched text kept; the rest of a runaway quote is cut. */
    static final int MAX_TEXT = 500;

    private Grounding() {
    }

    static ParseResult ground(LlmReply reply, Map<String, Product> bySku, ParseResult builtin) {
        Map<String, String> skuIgnoringCase = new HashMap<>();
        bySku.keySet().forEach(sku -> skuIgnoringCase.putIfAbsent(sku.toLowerCase(Locale.ROOT), sku));
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (LlmReply.Line l : reply.lines()) {
            String sku = bySku.containsKey(l.sku()) ? l.sku() : skuIgnoringCase.get(l.sku().toLowerCase(Locale.ROOT));
            BigDecimal quantity = valid(l.quantity());
            String text = clip(l.source().isEmpty() ? l.sku() : l.source());
            if (sku == null || quantity == null) {
                unmatched.add(new Unmatched(text, quantity));
                continue;
            }
            BigDecimal merged = quantities.containsKey(sku) ? valid(quantities.get(sku).add(quantity)) : quantity;
            if (merged == null) {
                unmatched.add(new Unmatched(text, null)); // the sum left the allowed range: staff decide
                continue;
            }
            quantities.put(sku, merged);
            sources.merge(sku, text, (a, b) -> a.equals(b) ? a : clip(a + "; " + b));
        }
        for (LlmReply.Item u : reply.unmatched()) {
            if (!u.text().isEmpty()) {
                unmatched.add(new Unmatched(clip(u.text()), valid(u.quantity())));
            }
        }
        Map<String, ParsedLine> builtinLines = new HashMap<>();
        builtin.lines().forEach(b -> builtinLines.put(b.sku(), b));
        List<ParsedLine> lines = new ArrayList<>();
        quantities.forEach((sku, q) -> {
            ParsedLine seen = builtinLines.get(sku);
            // the model gives no offsets: where the built-in parser found the same product, its spans highlight it
            lines.add(new ParsedLine(sku, q, confidence(seen == null ? null : seen.quantity(), q), sources.get(sku),
                    seen == null ? List.of() : seen.spans()));
        });
        return new ParseResult(language(reply.language(), builtin.language()), lines, unmatched);
    }

    private static double confidence(BigDecimal builtinQuantity, BigDecimal quantity) {
        if (builtinQuantity == null) {
            return MODEL_ONLY;
        }
        return builtinQuantity.compareTo(quantity) == 0 ? AGREED : SAME_SKU;
    }

    /** The quantity normalised (no trailing zeros), or null when it is not one we accept. */
    static BigDecimal valid(BigDecimal q) {
        if (q == null || q.signum() <= 0 || q.compareTo(MAX_QUANTITY) > 0) {
            return null;
        }
        BigDecimal n = q.stripTrailingZeros();
        if (n.scale() > MAX_SCALE) {
            return null;
        }
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    /** The model's language code when it looks like one, else the built-in parser's detection. */
    private static String language(String fromModel, String builtin) {
        if (fromModel != null && fromModel.strip().toLowerCase(Locale.ROOT).matches("[a-z]{2,3}")) {
            return fromModel.strip().toLowerCase(Locale.ROOT);
        }
        return builtin;
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
