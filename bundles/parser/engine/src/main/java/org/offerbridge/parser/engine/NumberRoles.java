package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerbridge.parser.engine.Lexicon.Unit;
import org.offerbridge.parser.engine.Text.Kind;
import org.offerbridge.parser.engine.Text.Tok;

/**
 * Reads the numbers of a segment: normalises and lexes it, then decides the role of every token: a quantity (number
 * with a count unit, number word, idiom, "x3"), a bare number (decided by the catalog match), a measure, a size or
 * pack attribute, a unit, a stop word or product content. Immutable; one per parse.
 */
final class NumberRoles {
    /** A thousands separator: one to three digits, then groups of exactly three ("1.500", "12,000"). */
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])([1-9]\\d{0,2})[.,](\\d{3})(?![\\d.,]*\\d)");
    /** "6 x 5 l": a count times a content measure (volumes and weights are never two-dimensional sizes). */
    private static final Pattern COUNT_TIMES_MEASURE = Pattern.compile(
            "(?<![\\d.,x])(\\d{1,4})\\s*x\\s*(\\d+(?:[.,]\\d+)?\\s*(?:l|kg|ml|g|litres?|liters?|litros?|л|кг|мл|г)(?![\\p{L}\\d]))");
    /** "x3", "х3", "×3" as a token: a multiplication sign before a count. */
    private static final Pattern TIMES_COUNT = Pattern.compile("[xх×*](\\d{1,5})");

    private final CatalogIndex index;
    private final NumberWords numberWords;
    private final String requestLatin;

    /** @param requestLatin the Latin stemming language of the request, a second key for Latin words */
    NumberRoles(CatalogIndex index, NumberWords numberWords, String requestLatin) {
        this.index = index;
        this.numberWords = numberWords;
        this.requestLatin = requestLatin;
    }

    Fragment read(Segment seg) {
        MappedText norm = Text.normalizeMapped(seg.source());
        norm = norm.replaceAll(THOUSANDS, "$1$2");                // "1.500 Buchverpackungen", "1,000 cartons"
        norm = norm.replaceAll(COUNT_TIMES_MEASURE, "$1 pcs $2"); // "6 x 5 l": six of the 5 l product
        for (Map.Entry<String, Integer> e : Lexicon.IDIOMS) {
            norm = norm.replaceLiteral(e.getKey(), " " + e.getValue() + " pcs ");
        }
        List<Tok> toks = Text.lex(norm.text);
        Text.keyWords(toks, index.latinLang, requestLatin);
        return new Reading(norm, toks).read(seg);
    }

    /** The roles and quantities of one fragment while they are being decided (one per call of {@link #read}). */
    private final class Reading {
        final MappedText norm;
        final List<Tok> toks;
        final Role[] r;
        final List<Qty> strong = new ArrayList<>(), bare = new ArrayList<>(), words = new ArrayList<>(), measures = new ArrayList<>();
        boolean allWord, article;

        Reading(MappedText norm, List<Tok> toks) {
            this.norm = norm;
            this.toks = toks;
            this.r = new Role[toks.size()];
        }

        Fragment read(Segment seg) {
            for (int i = 0; i < toks.size(); i++) {
                if (r[i] != null) continue;
                Tok t = toks.get(i);
                if (t.kind == Kind.NUM) { number(i); continue; }
                if (t.kind == Kind.CODE && TIMES_COUNT.matcher(t.text).matches()) { // "frange 40 x6"
                    Matcher xm = TIMES_COUNT.matcher(t.text);
                    xm.matches();
                    r[i] = Role.QTY;
                    strong.add(new Qty(new BigDecimal(xm.group(1)), Unit.PCS, i));
                    continue;
                }
                if (timesSign(i)) { // "5 L x 8", "BP-I20-F x 3"
                    r[i] = Role.STOP;
                    r[i + 1] = Role.QTY;
                    strong.add(new Qty(new BigDecimal(toks.get(i + 1).key), Unit.PCS, i + 1));
                    i++;
                    continue;
                }
                if (t.kind != Kind.WORD) { r[i] = Role.CONTENT; continue; }
                word(i);
            }
            vocabularyNumberWords();
            return new Fragment(seg, norm, toks, Arrays.asList(r), new Quantities(strong, bare, words, measures, allWord, article));
        }

        /** A number token: with a count unit, a dozen, a size or measure unit, in a pack description, or bare. */
        private void number(int i) {
            Tok t = toks.get(i);
            BigDecimal v = new BigDecimal(t.key);
            int j = i + 1;
            Unit u = unitAt(j);
            // "650 пару штук": a number word ("пару" = a couple) starts a quantity of its own, it is not "650 pairs"
            if (u != null && numberWords.phraseAt(toks, j) != null && j + 1 < toks.size() && nextIsUnit(j + 1)) u = null;
            if (u == Unit.DOZEN) {
                r[j] = Role.UNIT;
                v = v.multiply(BigDecimal.valueOf(12));
                Unit u2 = unitAt(j + 1);
                if (u2 != null && u2 != Unit.SIZE && !u2.isMeasure()) r[j + 1] = Role.UNIT;
                r[i] = Role.QTY;
                strong.add(new Qty(v, u2 != null && u2.isPackage() ? u2 : Unit.PCS, i)); // "2 dozen packs"
            } else if (u == Unit.SIZE) {
                r[i] = Role.ATTR; r[j] = Role.UNIT;
            } else if (u != null && u.isMeasure()) {
                r[i] = Role.MEASURE; r[j] = Role.UNIT;
                if (Lexicon.QUINTAL.contains(toks.get(j).text)) v = v.multiply(BigDecimal.valueOf(100));
                measures.add(new Qty(v, u, i));
            } else if (u != null && u.isPackage() && inBrackets(t.start)) {
                r[i] = Role.ATTR; r[j] = Role.UNIT;   // "(96 rouleaux)", "(colis de 6)": the pack, not the count
            } else if (u != null) {
                r[i] = Role.QTY; r[j] = Role.UNIT;
                strong.add(new Qty(v, u, i));
            } else if (t.key.contains(".") || t.key.length() >= 5 || packInBrackets(i)) {
                r[i] = Role.ATTR;
            } else {
                r[i] = Role.BARE;
                bare.add(new Qty(v, null, i));
            }
        }

        /** "x" before a whole number that no unit follows: a count ("5 L x 8"). */
        private boolean timesSign(int i) {
            Tok t = toks.get(i);
            return t.kind == Kind.WORD && (t.text.equals("x") || t.text.equals("х") || t.text.equals("×"))
                    && i + 1 < toks.size() && toks.get(i + 1).kind == Kind.NUM && !toks.get(i + 1).key.contains(".")
                    && !nextIsUnit(i + 2) && !(i + 2 < toks.size() && Lexicon.unit(toks.get(i + 2).text) != null);
        }

        /** A word: number word (with or without unit), article, dozen, garment size, "all"-word, stop word or content. */
        private void word(int i) {
            Tok t = toks.get(i);
            if (i > 0 && Lexicon.isHinglishAuxiliary(toks.get(i - 1).text, t.text)) { r[i] = Role.STOP; return; }
            NumberWords.Phrase nw = numberWords.phraseAt(toks, i);
            if (nw != null && !(nw.value() == 1 && nw.length() == 1 && t.text.length() <= 2 && !nextIsUnit(i + 1))) {
                numberWord(i, nw);
                return;
            }
            if (nw != null) { r[i] = Role.STOP; article = true; return; } // article "a"/"un" without a unit
            Unit u = Lexicon.unit(t.text);
            if (u == Unit.DOZEN) { r[i] = Role.QTY; strong.add(new Qty(BigDecimal.valueOf(12), Unit.PCS, i)); return; }
            if (Lexicon.garmentSize(t.text) != null && !(i > 0 && toks.get(i - 1).kind == Kind.NUM)) {
                r[i] = Role.CONTENT; // "L", "XL": a size, even where a stop list knows the letter
                return;
            }
            if (Lexicon.ALL_WORDS.contains(t.text)) { allWord = true; r[i] = Role.STOP; return; } // "each 5", "всё по 1"
            r[i] = Lexicon.isStop(t.text) ? Role.STOP : Role.CONTENT;
        }

        private void numberWord(int i, NumberWords.Phrase nw) {
            BigDecimal v = BigDecimal.valueOf(nw.value());
            int token = nw.length() == 1 ? i : -1;
            for (int j = i; j < i + nw.length(); j++) r[j] = Role.QTY;
            int j = i + nw.length();
            Unit u = unitAt(j);
            if (u == Unit.DOZEN) {
                r[j] = Role.UNIT;
                Unit u2 = unitAt(j + 1);
                boolean packs = u2 != null && u2.isPackage();
                if (packs) r[j + 1] = Role.UNIT;
                strong.add(new Qty(v.multiply(BigDecimal.valueOf(12)), packs ? u2 : Unit.PCS, token));
            } else if (u != null && u != Unit.SIZE && !u.isMeasure()) {
                r[j] = Role.UNIT;
                strong.add(new Qty(v, u, token));
            } else if (u == Unit.SIZE || u != null && u.isMeasure()) {
                for (int k = i; k < j; k++) r[k] = Role.ATTR;
            } else {
                words.add(new Qty(v, null, token));
            }
        }

        /**
         * A number word that is catalog vocabulary ("витая пара" = twisted pair, "пара" = a couple) is a product word
         * when the fragment states its quantity otherwise ("витая пара 75 метров").
         */
        private void vocabularyNumberWords() {
            if (words.isEmpty() || strong.isEmpty() && measures.isEmpty()) return;
            for (int k = words.size() - 1; k >= 0; k--) {
                int i = words.get(k).token();
                if (i < 0 || !index.postings.containsKey(toks.get(i).key)) continue;
                r[i] = Role.CONTENT;
                words.remove(k);
            }
        }

        private Unit unitAt(int j) {
            return j < toks.size() && toks.get(j).kind == Kind.WORD ? Lexicon.unit(toks.get(j).text) : null;
        }

        private boolean nextIsUnit(int j) {
            return j < toks.size() && toks.get(j).kind == Kind.WORD && Lexicon.unit(toks.get(j).text) != null
                    && Lexicon.unit(toks.get(j).text) != Unit.SIZE;
        }

        /** Whether the position stands inside round brackets. */
        private boolean inBrackets(int pos) {
            int depth = 0;
            for (int k = 0; k < pos; k++) { char c = norm.text.charAt(k); if (c == '(') depth++; else if (c == ')' && depth > 0) depth--; }
            return depth > 0;
        }

        /** "(carton 3750)", "(colis de 6)": a number after a package word inside brackets describes the package. */
        private boolean packInBrackets(int i) {
            if (!inBrackets(toks.get(i).start)) return false;
            for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
                Unit u = toks.get(k).kind == Kind.WORD ? Lexicon.unit(toks.get(k).text) : null;
                if (u != null && u.isPackage()) return true;
            }
            return false;
        }
    }
}
