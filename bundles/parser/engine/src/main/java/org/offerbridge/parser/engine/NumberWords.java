package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.offerbridge.parser.engine.Text.Kind;
import org.offerbridge.parser.engine.Text.Tok;

/** The number words of a request's language(s): single words, phrases and additive compositions. Immutable. */
final class NumberWords {
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private final List<Map<String, Integer>> dicts;

    private NumberWords(List<Map<String, Integer>> dicts) {
        this.dicts = dicts;
    }

    /** The number words of the languages a message in {@code lang} may use ({@link Lang#numberLangs}). */
    static NumberWords forLanguage(String lang) {
        List<Map<String, Integer>> dicts = new ArrayList<>();
        for (String l : Lang.numberLangs(lang)) dicts.add(Lexicon.numberWords(l));
        return new NumberWords(List.copyOf(dicts));
    }

    /** The value of digits or of one number word, or null. */
    BigDecimal value(String w) {
        if (DECIMAL.matcher(w).matches()) return new BigDecimal(w.replace(',', '.'));
        for (Map<String, Integer> d : dicts) { Integer v = d.get(w); if (v != null) return BigDecimal.valueOf(v); }
        return null;
    }

    /** A number written in words: its value and how many tokens it takes. */
    record Phrase(int value, int length) {}

    /** The number word phrase starting at token {@code i}, or null. */
    Phrase phraseAt(List<Tok> toks, int i) {
        for (int len = Math.min(3, toks.size() - i); len >= 1; len--) {
            StringBuilder b = new StringBuilder();
            boolean ok = true;
            for (int j = i; j < i + len; j++) {
                if (toks.get(j).kind != Kind.WORD) { ok = false; break; }
                if (j > i) b.append(' ');
                b.append(toks.get(j).text);
            }
            if (!ok) continue;
            String p = b.toString();
            for (Map<String, Integer> d : dicts) {
                Integer v = d.get(p);
                if (v != null) {
                    int total = v, used = len;
                    // additive composition: "сто пятьдесят", "three hundred twenty"
                    while (i + used < toks.size()) {
                        Phrase next = part(toks, i + used);
                        if (next == null || next.value() >= smallestPart(total)) break;
                        total += next.value();
                        used += next.length();
                    }
                    return new Phrase(total, used);
                }
            }
        }
        return null;
    }

    /** The place value a following part must stay below ("сто" takes "пятьдесят", "двадцать" takes "три"). */
    private static int smallestPart(int v) { return v % 100 == 0 ? 100 : v % 10 == 0 && v > 10 ? 10 : 1; }

    /** A number word above one at {@code i} (the continuation of a composition), or null. */
    private Phrase part(List<Tok> toks, int i) {
        for (int len = Math.min(3, toks.size() - i); len >= 1; len--) {
            StringBuilder b = new StringBuilder();
            for (int j = i; j < i + len; j++) { if (toks.get(j).kind != Kind.WORD) return null; if (j > i) b.append(' '); b.append(toks.get(j).text); }
            for (Map<String, Integer> d : dicts) { Integer v = d.get(b.toString()); if (v != null && v > 1) return new Phrase(v, len); }
        }
        return null;
    }
}
