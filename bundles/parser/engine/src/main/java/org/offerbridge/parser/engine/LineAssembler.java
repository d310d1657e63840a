package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.offerbridge.parser.engine.CatalogIndex.Entry;
import org.offerbridge.parser.engine.Lexicon.Unit;

/**
 * Turns the quantified mentions into the result: one line per SKU (quantities in the catalog unit, times the
 * message's multiplier, repeated mentions added up) and the requested items that are not in the catalog.
 */
final class LineAssembler {
    private LineAssembler() {}

    /**
     * @param text       the original message (line sources are cut from it)
     * @param multiplier the message's multiplier ("for each of 3 flats", "all items x2"), 1 if none
     * @param marker     a fragment announces a request ("need", "bitte"): mentions without quantity count too
     */
    static ParseResult assemble(String text, String lang, List<QuantifiedMention> mentions, BigDecimal multiplier, boolean marker) {
        boolean anyQty = mentions.stream().anyMatch(QuantifiedMention::explicit);
        boolean intent = anyQty || marker || multiplier.compareTo(BigDecimal.ONE) != 0; // "for each of 2 rooms: ..."
        if (!intent) return new ParseResult(lang, List.of(), List.of());
        Map<String, ParsedLine> lines = new LinkedHashMap<>();
        Map<String, Unmatched> unmatched = new LinkedHashMap<>();
        Set<Entry> quantified = new HashSet<>();
        for (QuantifiedMention q : mentions) if (q.mention().entry() != null && q.explicit()) quantified.add(q.mention().entry());
        for (QuantifiedMention q : mentions) {
            Mention m = q.mention();
            Match match = m.match();
            Segment seg = m.segment();
            // "(réf. MF-VT)", "Farm: Green Valley Polyhouse": a passing mention without quantity of a product that is
            // quantified elsewhere adds nothing
            if (m.entry() != null && !q.explicit() && quantified.contains(m.entry()) && passingMention(match)) continue;
            if (m.entry() != null) {
                BigDecimal qty = inCatalogUnit(q.quantity() != null ? q.quantity() : BigDecimal.ONE, q).multiply(multiplier);
                String sku = m.entry().item.sku();
                ParsedLine old = lines.get(sku);
                List<Span> spans = MentionSpans.of(q);
                String src = match.sku() == null ? seg.original()
                        : text.substring(Math.min(match.sku().start(), seg.offset()), seg.offset() + seg.original().length());
                if (old == null) lines.put(sku, new ParsedLine(sku, strip(qty), match.confidence(), src, spans));
                else lines.put(sku, new ParsedLine(sku, strip(old.quantity().add(qty)), Math.max(old.confidence(), match.confidence()),
                        old.source() + " | " + src, MentionSpans.concat(old.spans(), spans)));
            } else if (match.hasContent() && !match.onlyAttributes() && (match.unknown() > 0 || match.conflicted())
                    && (q.explicit() || m.fragment().quantities().article() || match.conflicted())) {
                String key = match.conflicted() ? seg.source().toLowerCase(Locale.ROOT) : String.join(" ", match.unknownKeys());
                BigDecimal qty = q.quantity() == null ? null : strip(q.quantity().multiply(multiplier));
                unmatched.putIfAbsent(key, new Unmatched(seg.original(), qty, MentionSpans.of(q)));
            }
        }
        return new ParseResult(lang, new ArrayList<>(lines.values()), new ArrayList<>(unmatched.values()));
    }

    /** A mention by its code alone, or with fewer catalog words than other words. */
    private static boolean passingMention(Match m) {
        int known = m.knownCount();
        return m.sku() != null && known == 0 || m.unknown() >= known;
    }

    /** Quantity in the catalog unit: pieces of a "box of 100" product become boxes when the division is exact. */
    static BigDecimal inCatalogUnit(BigDecimal q, QuantifiedMention m) {
        if (m.inContainers()) return q;
        Entry e = m.mention().entry();
        List<Qty> strong = m.mention().fragment().quantities().strong();
        Unit given = !strong.isEmpty() ? strong.get(0).unit() : null;
        if (e.packSize > 1 && (given == null || given == Unit.PCS || given == Unit.SHEET)
                && q.compareTo(BigDecimal.valueOf(e.packSize)) >= 0) {
            BigDecimal[] dr = q.divideAndRemainder(BigDecimal.valueOf(e.packSize));
            if (dr[1].signum() == 0) return dr[0];
        }
        return q;
    }

    private static BigDecimal strip(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
