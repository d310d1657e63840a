package org.offerbridge.parser.engine;

import java.util.ArrayList;
import java.util.List;
import org.offerbridge.parser.engine.Text.Tok;

/** Highlighting spans of a mention in the original message: product words, quantity words, the SKU, borrowed quantities. */
final class MentionSpans {
    private MentionSpans() {}

    /** The mention's own span (product and quantity words, widened to its SKU) followed by its borrowed quantities. */
    static List<Span> of(QuantifiedMention q) {
        Mention m = q.mention();
        List<Span> out = new ArrayList<>();
        Span own = span(m.fragment(), m.match(), false);
        Span sku = m.match().sku();
        if (sku != null) out.add(own == null ? sku : new Span(Math.min(own.start(), sku.start()), Math.max(own.end(), sku.end())));
        else if (own != null) out.add(own);
        for (Span b : q.borrowed()) if (!out.contains(b)) out.add(b);
        return out;
    }

    /** The range of the fragment's quantity words (numbers, number words, units), or null. */
    static Span numbers(Fragment f) {
        return span(f, null, true);
    }

    /** {@code a} followed by the spans of {@code b} it does not have yet. */
    static List<Span> concat(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>(a);
        for (Span x : b) if (!out.contains(x)) out.add(x);
        return out;
    }

    /** Original-text range from the first to the last token that carries the mention (or only its numbers). */
    private static Span span(Fragment f, Match m, boolean numbersOnly) {
        int lo = Integer.MAX_VALUE, hi = -1;
        for (int i = 0; i < f.toks().size(); i++) {
            Role r = f.roles().get(i);
            boolean number = r == Role.QTY || r == Role.UNIT || r == Role.BARE || r == Role.MEASURE;
            boolean product = !numbersOnly && (r == Role.ATTR || r == Role.CONTENT && (m.entry() == null || m.known(i)));
            if (!(number || product)) continue;
            Tok t = f.toks().get(i);
            lo = Math.min(lo, t.start);
            hi = Math.max(hi, t.end);
        }
        if (hi < 0) return null;
        int offset = f.segment().offset();
        return new Span(offset + f.norm().originalStart(lo), offset + f.norm().originalEnd(hi));
    }
}
