package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.offerbridge.parser.engine.CatalogIndex.Entry;
import org.offerbridge.parser.engine.Lexicon.Unit;
import org.offerbridge.parser.engine.Text.Kind;
import org.offerbridge.parser.engine.Text.Tok;

/**
 * Turns a free-text request for quotation into catalog lines. Stateless and thread-safe.
 *
 * <p>Stages: (1) language by script and function words; (2) length-preserving pre-cleaning ({@link MessageCleaner}) of
 * numbers that are never quantities (phones, e-mails, prices, payments, dates, order numbers), corrections ("200... no,
 * 300", "15 instead of 10") and multipliers ("for each of 3 flats", "all items x2"); (3) segmentation into item fragments (lines, commas, "and"/"и"/"et"/"aur"...);
 * (4) per fragment: lexing, number roles (quantity with unit, bare, number word, idiom; size/measure/model
 * attribute), catalog matching by stemmed/transliterated keys with IDF evidence, typo/prefix/skeleton fallbacks,
 * and attribute conflicts (numbers, colours, sides, codes) that exclude near neighbours; (5) discourse: quantities
 * in follow-up fragments ("Нужен один", "Il m'en faut 6", "всё по 1 шт."), elliptical variants ("et 6 noirs"),
 * pack conversion and merging per SKU.
 */
public final class RequestParser {

    public RequestParser() {}

    private static final Pattern CORRECTION_WORD = Pattern.compile("(?:^|[^\\p{L}])" + Lexicon.CORRECTION + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A mention with its discourse state, for one parse. */
    private static final class Seg {
        Mention m;
        final List<Span> borrowed = new ArrayList<>(); // quantity words taken from other fragments
        BigDecimal qty;
        boolean explicitQty;
        boolean absorbed;          // a correction of the previous mention, not a mention of its own
        boolean contentConverted;  // the quantity is already in containers ("50 kg" of a "10 kg bag" = 5)
        Seg(Mention m) { this.m = m; }
        Entry match() { return m.entry(); }
        Match mt() { return m.match(); }
        Quantities q() { return m.fragment().quantities(); }
        Segment seg() { return m.segment(); }
    }

    public ParseResult parse(String text, CatalogIndex index) {
        if (text == null || text.isBlank() || index == null || index.size() == 0) {
            return new ParseResult(text == null || text.isBlank() ? "und" : Lang.detect(text), List.of(), List.of());
        }
        String lang = Lang.detect(text);
        String reqLatin = Lang.latinStemLang(lang);
        NumberWords numberWords = NumberWords.forLanguage(lang);

        // (2) pre-cleaning, length-preserving
        String t = MessageCleaner.blankNonQuantities(text);
        t = MessageCleaner.applyCorrections(t);
        MessageCleaner.Multiplied mul = MessageCleaner.extractMultiplier(t, numberWords::value);
        BigDecimal multiplier = mul.factor();
        SkuMentions skus = SkuMentions.find(mul.text(), index);

        // (3) segmentation (offsets stay those of the original text: pre-cleaning preserves length); (4) per fragment
        List<Seg> segs = new ArrayList<>();
        NumberRoles numberRoles = new NumberRoles(index, numberWords, reqLatin);
        CatalogMatcher matcher = new CatalogMatcher(index, lang.equals("hi") || lang.equals("hi-Latn"));
        boolean anyMarker = false;
        for (Segment g : Segmenter.split(skus.text(), text)) {
            Fragment f = numberRoles.read(g);
            anyMarker |= f.hasMarker();
            Mention m = matcher.match(f);
            SkuMentions.Found sku = skus.within(g);
            segs.add(new Seg(sku == null ? m : m.bySku(sku)));
        }

        // (5) discourse
        Seg prevContent = null;
        boolean prevWasCorrection = false;
        List<Seg> pending = new ArrayList<>();
        for (Seg s : segs) {
            if (s.seg().report()) continue;
            boolean hasOwnQty = s.q().any();
            if (hasOwnQty && s.mt().onlyAttributes() && prevContent != null) {
                s.m = matcher.rematch(s.m, prevContent.m, false);            // "et 6 noirs aussi"
            } else if (s.match() == null && !s.mt().hasContent() && prevContent != null && prevContent.match() != null
                    && numericEllipsis(s.m.fragment())) {
                // "wiper 21 inch 4 aur 18 inch 4", "3 sacos de 50 litros y 5 de 20 litros": the numbers pick a sibling
                s.m = matcher.rematch(s.m, prevContent.m, true);
                if (s.match() == null || s.match() == prevContent.match()) s.m = matcher.rematch(s.m, null, false);
            }
            boolean correction = hasCorrection(s) || prevWasCorrection;
            prevWasCorrection = s.match() == null && !hasOwnQty && hasCorrection(s) && s.mt().unknown() <= 1;
            if (prevWasCorrection) continue;
            // "100 pipes, sorry 120"; "3 lots de couverts, non pardon, 4 lots" names the same product again
            boolean sameProduct = s.match() == null || prevContent != null && s.match() == prevContent.match();
            if (sameProduct && hasOwnQty && correction && prevContent != null && (!s.mt().hasContent() || s.mt().unknown() <= 1)) {
                prevContent.qty = s.q().value(prevContent.match());   // "100 pipes, sorry 120" / "perdón, 6 paquetes"
                prevContent.explicitQty = true;
                s.absorbed = true;
                lend(s, prevContent);
                continue;
            }
            if (s.match() == null && !s.mt().hasContent() && hasOwnQty) {
                BigDecimal q = s.q().value(null);
                if (s.q().allWord() && !pending.isEmpty()) {
                    for (Seg p : pending) { p.qty = q; p.explicitQty = true; lend(s, p); }
                    pending.clear();
                    continue;
                }
                if (prevContent != null && prevContent.qty == null && !prevContent.explicitQty) {
                    prevContent.qty = q;
                    prevContent.explicitQty = true;
                    lend(s, prevContent);
                    pending.remove(prevContent);
                    continue;
                }
            }
            if (s.match() != null || s.mt().hasContent()) {
                Quantities.Choice c = s.q().choose(s.match());
                if (c != null) { s.qty = c.value(); s.explicitQty = true; s.contentConverted = c.inContainers(); } else pending.add(s);
                prevContent = s;
            }
        }

        boolean anyQty = segs.stream().anyMatch(s -> s.explicitQty);
        boolean intent = anyQty || anyMarker || multiplier.compareTo(BigDecimal.ONE) != 0; // "for each of 2 rooms: ..."
        Map<String, ParsedLine> lines = new LinkedHashMap<>();
        Map<String, Unmatched> unmatched = new LinkedHashMap<>();
        Set<Entry> quantified = new HashSet<>();
        for (Seg s : segs) if (s.match() != null && s.explicitQty && !s.absorbed && !s.seg().report()) quantified.add(s.match());
        for (Seg s : segs) {
            if (!intent) break;
            if (s.absorbed || s.seg().report()) continue;
            // "(réf. MF-VT)", "Farm: Green Valley Polyhouse": a passing mention without quantity of a product that is
            // quantified elsewhere adds nothing
            if (s.match() != null && !s.explicitQty && quantified.contains(s.match()) && passingMention(s.mt())) continue;
            if (s.match() != null) {
                BigDecimal q = s.qty != null ? s.qty : BigDecimal.ONE;
                q = convert(q, s, s.match()).multiply(multiplier);
                String sku = s.match().item.sku();
                ParsedLine old = lines.get(sku);
                List<Span> spans = spans(s);
                Span skuSpan = s.mt().sku();
                String src = skuSpan == null ? s.seg().original()
                        : text.substring(Math.min(skuSpan.start(), s.seg().offset()), s.seg().offset() + s.seg().original().length());
                if (old == null) lines.put(sku, new ParsedLine(sku, strip(q), s.mt().confidence(), src, spans));
                else lines.put(sku, new ParsedLine(sku, strip(old.quantity().add(q)), Math.max(old.confidence(), s.mt().confidence()),
                        old.source() + " | " + src, concat(old.spans(), spans)));
            } else if (s.mt().hasContent() && !s.mt().onlyAttributes() && (s.mt().unknown() > 0 || s.mt().conflicted())
                    && (s.explicitQty || s.q().article() || s.mt().conflicted())) {
                String key = s.mt().conflicted() ? s.seg().source().toLowerCase(Locale.ROOT) : String.join(" ", s.mt().unknownKeys());
                BigDecimal q = s.qty == null ? null : strip(s.qty.multiply(multiplier));
                unmatched.putIfAbsent(key, new Unmatched(s.seg().original(), q, spans(s)));
            }
        }
        return new ParseResult(lang, new ArrayList<>(lines.values()), new ArrayList<>(unmatched.values()));
    }

    // ---------------------------------------------------------------- spans

    /** The mention's own span (product and quantity words) followed by quantities borrowed from other fragments. */
    private static List<Span> spans(Seg s) {
        List<Span> out = new ArrayList<>();
        Span own = span(s.m, false);
        Span sku = s.mt().sku();
        if (sku != null) out.add(own == null ? sku : new Span(Math.min(own.start(), sku.start()), Math.max(own.end(), sku.end())));
        else if (own != null) out.add(own);
        for (Span b : s.borrowed) if (!out.contains(b)) out.add(b);
        return out;
    }

    /** Records that {@code to} takes its quantity from the number words of {@code from}. */
    private static void lend(Seg from, Seg to) {
        Span q = span(from.m, true);
        if (q != null) to.borrowed.add(q);
    }

    /** Original-text range from the first to the last token that carries the mention (or only its numbers). */
    private static Span span(Mention m, boolean numbersOnly) {
        Fragment f = m.fragment();
        int lo = Integer.MAX_VALUE, hi = -1;
        for (int i = 0; i < f.toks().size(); i++) {
            Role r = f.roles().get(i);
            boolean number = r == Role.QTY || r == Role.UNIT || r == Role.BARE || r == Role.MEASURE;
            boolean product = r == Role.ATTR || r == Role.CONTENT && (m.entry() == null || m.match().known(i));
            if (!(number || !numbersOnly && product)) continue;
            Tok t = f.toks().get(i);
            lo = Math.min(lo, t.start);
            hi = Math.max(hi, t.end);
        }
        if (hi < 0) return null;
        int offset = f.segment().offset();
        return new Span(offset + f.norm().originalStart(lo), offset + f.norm().originalEnd(hi));
    }

    private static List<Span> concat(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>(a);
        for (Span x : b) if (!out.contains(x)) out.add(x);
        return out;
    }

    private static boolean hasCorrection(Seg s) {
        return CORRECTION_WORD.matcher(Text.normalize(s.seg().source())).find();
    }

    /** A mention by its code alone, or with fewer catalog words than other words. */
    private static boolean passingMention(Match m) {
        int known = m.knownCount();
        return m.sku() != null && known == 0 || m.unknown() >= known;
    }

    /** Numbers only, one of them a possible attribute and another one a possible quantity. */
    private static boolean numericEllipsis(Fragment s) {
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

    /** Quantity in the catalog unit: pieces of a "box of 100" product become boxes when the division is exact. */
    private static BigDecimal convert(BigDecimal q, Seg s, Entry e) {
        if (s.contentConverted) return q;
        Unit given = !s.q().strong().isEmpty() ? s.q().strong().get(0).unit() : null;
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
