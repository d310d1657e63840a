package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.offerbridge.parser.engine.Text.Kind;
import org.offerbridge.parser.engine.Text.Tok;

/**
 * Gives each mention its quantity across fragments: follow-up quantities ("Нужен один", "Il m'en faut 6"), one
 * quantity for the items before it ("всё по 1 шт."), corrections of the previous mention ("100 pipes, sorry 120"),
 * elliptical variants completed by the previous product ("et 6 noirs", "and 18 inch 4"). Sentences that report on
 * delivered goods and fragments that only correct another one yield no mention of their own.
 */
final class Discourse {
    private static final Pattern CORRECTION_WORD = Pattern.compile("(?:^|[^\\p{L}])" + Lexicon.CORRECTION + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final CatalogMatcher matcher;

    Discourse(CatalogMatcher matcher) {
        this.matcher = matcher;
    }

    /** A mention while its quantity is being decided (one per mention and call of {@link #resolve}). */
    private static final class Draft {
        Mention m;
        BigDecimal qty;
        boolean explicit, inContainers, absorbed;
        final List<Span> borrowed = new ArrayList<>();
        Draft(Mention m) { this.m = m; }

        /** Takes its quantity from the number words of {@code from}. */
        void borrow(BigDecimal q, Mention from) {
            qty = q;
            explicit = true;
            Span s = MentionSpans.numbers(from.fragment());
            if (s != null) borrowed.add(s);
        }
    }

    List<QuantifiedMention> resolve(List<Mention> mentions) {
        List<Draft> drafts = new ArrayList<>();
        for (Mention m : mentions) if (!m.segment().report()) drafts.add(new Draft(m));
        Draft prev = null;
        boolean prevWasCorrection = false;
        List<Draft> pending = new ArrayList<>();
        for (Draft d : drafts) {
            boolean hasOwnQty = d.m.fragment().quantities().any(); // as written: before a re-match may claim bare numbers
            if (prev != null) d.m = completed(d.m, prev.m, hasOwnQty);
            Mention s = d.m;
            Match match = s.match();
            boolean correction = hasCorrection(s) || prevWasCorrection;
            prevWasCorrection = s.entry() == null && !hasOwnQty && hasCorrection(s) && match.unknown() <= 1;
            if (prevWasCorrection) continue;
            // "100 pipes, sorry 120"; "3 lots de couverts, non pardon, 4 lots" names the same product again
            boolean sameProduct = s.entry() == null || prev != null && s.entry() == prev.m.entry();
            if (sameProduct && hasOwnQty && correction && prev != null && (!match.hasContent() || match.unknown() <= 1)) {
                prev.borrow(s.fragment().quantities().value(prev.m.entry()), s); // "100 pipes, sorry 120" / "perdón, 6 paquetes"
                d.absorbed = true;
                continue;
            }
            if (s.entry() == null && !match.hasContent() && hasOwnQty) {
                BigDecimal q = s.fragment().quantities().value(null);
                if (s.fragment().quantities().allWord() && !pending.isEmpty()) {
                    for (Draft p : pending) p.borrow(q, s);
                    pending.clear();
                    continue;
                }
                if (prev != null && prev.qty == null && !prev.explicit) {
                    prev.borrow(q, s);
                    pending.remove(prev);
                    continue;
                }
            }
            if (s.entry() != null || match.hasContent()) {
                Quantities.Choice c = s.fragment().quantities().choose(s.entry());
                if (c != null) { d.qty = c.value(); d.explicit = true; d.inContainers = c.inContainers(); } else pending.add(d);
                prev = d;
            }
        }
        List<QuantifiedMention> out = new ArrayList<>();
        for (Draft d : drafts) if (!d.absorbed) out.add(new QuantifiedMention(d.m, d.qty, d.explicit, d.inContainers, d.borrowed));
        return out;
    }

    /** The mention completed by the previous product where it names only attributes or only numbers. */
    private Mention completed(Mention s, Mention prev, boolean hasOwnQty) {
        if (hasOwnQty && s.match().onlyAttributes()) return matcher.rematch(s, prev, false); // "et 6 noirs aussi"
        if (s.entry() == null && !s.match().hasContent() && prev.entry() != null && numericEllipsis(s.fragment())) {
            // "wiper 21 inch 4 aur 18 inch 4", "3 sacos de 50 litros y 5 de 20 litros": the numbers pick a sibling
            Mention m = matcher.rematch(s, prev, true);
            return m.entry() == null || m.entry() == prev.entry() ? matcher.rematch(m, null, false) : m;
        }
        return s;
    }

    /** Numbers only, one of them a possible attribute and another one a possible quantity. */
    static boolean numericEllipsis(Fragment s) {
        int attrs = 0, numbers = 0;
        for (int i = 0; i < s.toks().size(); i++) {
            Role r = s.roles().get(i);
            Tok t = s.toks().get(i);
            boolean attr = r == Role.MEASURE || r == Role.BARE || r == Role.ATTR && t.kind != Kind.WORD;
            if (attr) attrs++;
            if (attr || r == Role.QTY && (i == 0 || s.roles().get(i - 1) != Role.QTY)) numbers++;
        }
        return attrs >= 1 && numbers >= 2;
    }

    static boolean hasCorrection(Mention s) {
        return CORRECTION_WORD.matcher(Text.normalize(s.segment().source())).find();
    }
}
