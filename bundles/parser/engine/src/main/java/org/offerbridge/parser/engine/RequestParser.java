package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A fragment's read-out ({@link NumberRoles}) with its match and discourse state, for one parse. */
    private static final class Seg {
        final Fragment f;
        final String source;      // cleaned fragment (analysed)
        final String original;    // the same range of the original text (reported)
        final int offset;         // start of source in the original text
        final List<Tok> toks;
        final List<Role> roles;
        Quantities q;             // bare numbers the match claims as attributes leave it
        boolean[] known;          // own content tokens that found catalog vocabulary
        final List<Span> borrowed = new ArrayList<>(); // quantity words taken from other fragments
        final Set<Integer> bareAttrIdx = new HashSet<>(); // bare numbers the match claimed as attributes ("Оскар 140")
        // matching result
        Entry match;
        double confidence;
        boolean conflicted;       // a strong candidate was excluded by a differing attribute
        int unknown;              // content words not in the catalog vocabulary
        Set<String> unknownKeys = new TreeSet<>();
        boolean hasContent;
        boolean onlyAttributes;   // content is only colours/sides/sizes (ellipsis candidate)
        BigDecimal qty;
        boolean explicitQty;
        boolean absorbed;          // a correction of the previous mention, not a mention of its own
        Span skuSpan;              // the product's SKU as the customer wrote it
        boolean contentConverted;  // the quantity is already in containers ("50 kg" of a "10 kg bag" = 5)
        Seg(Fragment f) {
            this.f = f;
            source = f.segment().source();
            original = f.segment().original();
            offset = f.segment().offset();
            toks = f.toks();
            roles = f.roles();
            q = f.quantities();
        }
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
        boolean quantityAfterName = lang.equals("hi") || lang.equals("hi-Latn");
        boolean anyMarker = false;
        for (Segment g : Segmenter.split(skus.text(), text)) {
            Seg s = new Seg(numberRoles.read(g));
            segs.add(s);
            anyMarker |= s.f.hasMarker();
            match(s, index, null, quantityAfterName);
            SkuMentions.Found sku = skus.within(g);
            if (sku != null) {
                s.match = sku.entry();
                s.confidence = 1.0;
                s.hasContent = true;
                s.onlyAttributes = false;
                s.conflicted = false;
                s.skuSpan = sku.span();
            }
        }

        // (5) discourse
        Seg prevContent = null;
        boolean prevWasCorrection = false;
        List<Seg> pending = new ArrayList<>();
        for (Seg s : segs) {
            if (s.f.segment().report()) continue;
            boolean hasOwnQty = s.q.any();
            if (hasOwnQty && s.onlyAttributes && prevContent != null) {
                match(s, index, prevContent, quantityAfterName);            // "et 6 noirs aussi"
            } else if (s.match == null && !s.hasContent && prevContent != null && prevContent.match != null && numericEllipsis(s)) {
                // "wiper 21 inch 4 aur 18 inch 4", "3 sacos de 50 litros y 5 de 20 litros": the numbers pick a sibling
                match(s, index, prevContent, true, quantityAfterName);
                if (s.match == null || s.match == prevContent.match) match(s, index, null, quantityAfterName);
            }
            boolean correction = hasCorrection(s) || prevWasCorrection;
            prevWasCorrection = s.match == null && !hasOwnQty && hasCorrection(s) && s.unknown <= 1;
            if (prevWasCorrection) continue;
            // "100 pipes, sorry 120"; "3 lots de couverts, non pardon, 4 lots" names the same product again
            boolean sameProduct = s.match == null || prevContent != null && s.match == prevContent.match;
            if (sameProduct && hasOwnQty && correction && prevContent != null && (!s.hasContent || s.unknown <= 1)) {
                prevContent.qty = chooseQty(s, prevContent.match);   // "100 pipes, sorry 120" / "perdón, 6 paquetes"
                prevContent.explicitQty = true;
                s.absorbed = true;
                lend(s, prevContent);
                continue;
            }
            if (s.match == null && !s.hasContent && hasOwnQty) {
                BigDecimal q = chooseQty(s, null);
                if (s.q.allWord() && !pending.isEmpty()) {
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
            if (s.match != null || s.hasContent) {
                BigDecimal q = chooseQty(s, s.match);
                if (q != null) { s.qty = q; s.explicitQty = true; } else pending.add(s);
                prevContent = s;
            }
        }

        boolean anyQty = segs.stream().anyMatch(s -> s.explicitQty);
        boolean intent = anyQty || anyMarker || multiplier.compareTo(BigDecimal.ONE) != 0; // "for each of 2 rooms: ..."
        Map<String, ParsedLine> lines = new LinkedHashMap<>();
        Map<String, Unmatched> unmatched = new LinkedHashMap<>();
        Set<Entry> quantified = new HashSet<>();
        for (Seg s : segs) if (s.match != null && s.explicitQty && !s.absorbed && !s.f.segment().report()) quantified.add(s.match);
        for (Seg s : segs) {
            if (!intent) break;
            if (s.absorbed || s.f.segment().report()) continue;
            // "(réf. MF-VT)", "Farm: Green Valley Polyhouse": a passing mention without quantity of a product that is
            // quantified elsewhere adds nothing
            if (s.match != null && !s.explicitQty && quantified.contains(s.match) && passingMention(s)) continue;
            if (s.match != null) {
                BigDecimal q = s.qty != null ? s.qty : BigDecimal.ONE;
                q = convert(q, s, s.match).multiply(multiplier);
                String sku = s.match.item.sku();
                ParsedLine old = lines.get(sku);
                List<Span> spans = spans(s);
                String src = s.skuSpan == null ? s.original : text.substring(Math.min(s.skuSpan.start(), s.offset), s.offset + s.original.length());
                if (old == null) lines.put(sku, new ParsedLine(sku, strip(q), s.confidence, src, spans));
                else lines.put(sku, new ParsedLine(sku, strip(old.quantity().add(q)), Math.max(old.confidence(), s.confidence),
                        old.source() + " | " + src, concat(old.spans(), spans)));
            } else if (s.hasContent && !s.onlyAttributes && (s.unknown > 0 || s.conflicted)
                    && (s.explicitQty || s.q.article() || s.conflicted)) {
                String key = s.conflicted ? s.source.toLowerCase(Locale.ROOT) : String.join(" ", s.unknownKeys);
                BigDecimal q = s.qty == null ? null : strip(s.qty.multiply(multiplier));
                unmatched.putIfAbsent(key, new Unmatched(s.original, q, spans(s)));
            }
        }
        return new ParseResult(lang, new ArrayList<>(lines.values()), new ArrayList<>(unmatched.values()));
    }

    // ---------------------------------------------------------------- spans

    /** The mention's own span (product and quantity words) followed by quantities borrowed from other fragments. */
    private static List<Span> spans(Seg s) {
        List<Span> out = new ArrayList<>();
        Span own = span(s, false);
        if (s.skuSpan != null) out.add(own == null ? s.skuSpan
                : new Span(Math.min(own.start(), s.skuSpan.start()), Math.max(own.end(), s.skuSpan.end())));
        else if (own != null) out.add(own);
        for (Span b : s.borrowed) if (!out.contains(b)) out.add(b);
        return out;
    }

    /** Records that {@code to} takes its quantity from the number words of {@code from}. */
    private static void lend(Seg from, Seg to) {
        Span q = span(from, true);
        if (q != null) to.borrowed.add(q);
    }

    /** Original-text range from the first to the last token that carries the mention (or only its numbers). */
    private static Span span(Seg s, boolean numbersOnly) {
        int lo = Integer.MAX_VALUE, hi = -1;
        for (int i = 0; i < s.toks.size(); i++) {
            Role r = s.roles.get(i);
            boolean number = r == Role.QTY || r == Role.UNIT || r == Role.BARE || r == Role.MEASURE;
            boolean product = r == Role.ATTR || r == Role.CONTENT && (s.match == null || s.known != null && s.known[i]);
            if (!(number || !numbersOnly && product)) continue;
            Tok t = s.toks.get(i);
            lo = Math.min(lo, t.start);
            hi = Math.max(hi, t.end);
        }
        if (hi < 0) return null;
        return new Span(s.offset + s.f.norm().originalStart(lo), s.offset + s.f.norm().originalEnd(hi));
    }

    private static List<Span> concat(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>(a);
        for (Span x : b) if (!out.contains(x)) out.add(x);
        return out;
    }

    private static final Pattern CORRECTION_WORD = Pattern.compile("(?:^|[^\\p{L}])" + Lexicon.CORRECTION + "(?![\\p{L}])", FLAGS);

    private static boolean hasCorrection(Seg s) {
        return CORRECTION_WORD.matcher(Text.normalize(s.source)).find();
    }

    /** A mention by its code alone, or with fewer catalog words than other words. */
    private static boolean passingMention(Seg s) {
        int known = 0;
        for (boolean k : s.known) if (k) known++;
        return s.skuSpan != null && known == 0 || s.unknown >= known;
    }

    // ---------------------------------------------------------------- matching

    private static void match(Seg s, CatalogIndex ix, Seg context, boolean quantityAfterName) {
        match(s, ix, context, false, quantityAfterName);
    }

    /**
     * @param context      an earlier fragment whose product words complete this one ("et 6 noirs", "and 18 inch 4")
     * @param contextWords take only the context's product words, not its numbers: this fragment brings its own
     * @param quantityAfterName the message language puts quantities after the item ("pankha 2")
     */
    private static void match(Seg s, CatalogIndex ix, Seg context, boolean contextWords, boolean quantityAfterName) {
        List<Tok> toks = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        if (context != null && contextWords) {
            for (int i = 0; i < context.toks.size(); i++) {
                if (context.roles.get(i) == Role.CONTENT && context.known != null && context.known[i]) {
                    toks.add(context.toks.get(i)); roles.add(Role.CONTENT);
                }
            }
        } else if (context != null) {
            for (int i = 0; i < context.toks.size(); i++) {
                Tok t = context.toks.get(i);
                Role r = context.roles.get(i);
                if (r == Role.CONTENT && !ix.colourKeys.containsKey(t.key) && !ix.sideKeys.containsKey(t.key)
                        && Lexicon.garmentSize(t.text) == null
                        || r == Role.ATTR || r == Role.BARE && context.bareAttrIdx.contains(i)) {
                    toks.add(t); roles.add(r == Role.BARE ? Role.ATTR : r);
                }
            }
        }
        for (int i = 0; i < s.toks.size(); i++) { toks.add(s.toks.get(i)); roles.add(s.roles.get(i)); }
        int ctxLen = toks.size() - s.toks.size();

        int n = ix.entries.size();
        double[] ev = new double[n];
        double[] tokBest = new double[n];
        int[] touched = new int[n];
        int[] live = new int[n];
        int liveN = 0;
        Map<String, Double> reqKeys = new HashMap<>();
        Set<Integer> reqColours = new HashSet<>(), reqSides = new HashSet<>(), reqSizes = new HashSet<>();
        Set<String> reqCodes = new HashSet<>();
        List<String> attrNums = new ArrayList<>();
        s.unknown = 0;
        s.unknownKeys.clear();
        s.known = new boolean[s.toks.size()];
        boolean content = false, onlyAttr = true;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            Role r = roles.get(i);
            if (r == Role.ATTR) {
                if (t.kind == Kind.NUM) attrNums.add(t.key);
                continue;
            }
            if (r == Role.UNIT && t.kind == Kind.WORD && ix.postings.containsKey(t.key)) {
                // a unit word that is also product vocabulary ("ramettes", "rouleaux"): evidence, not content
                reqKeys.merge(t.key, 1.0, Math::max);
                for (int id : ix.postings.get(t.key)) { if (ev[id] == 0) live[liveN++] = id; ev[id] += 0.5 * ix.idf(t.key); }
                continue;
            }
            if (r != Role.CONTENT) continue;
            Integer col = ix.colourKeys.get(t.key), side = ix.sideKeys.get(t.key);
            Integer size = Lexicon.garmentSize(t.kind == Kind.CODE ? t.key : t.text);
            if (col != null) reqColours.add(col);
            if (side != null) reqSides.add(side);
            if (size != null) reqSizes.add(size);
            for (String p : t.parts) attrNums.add(p);
            if (t.kind == Kind.FRAC) attrNums.add(t.key);
            if (t.kind == Kind.CODE && t.parts.length == 0) reqCodes.add(t.key);
            boolean attrOnly = col != null || side != null || size != null;
            Map<String, Double> cand = KeyCandidates.of(t, ix);
            // "wir bräuchten 4 Stück": a request verb outside the catalog is not product content
            boolean chatter = cand.isEmpty() && t.kind == Kind.WORD && (isMarkerWord(t.text) || Lexicon.isCorrectionWord(t.text));
            if (i >= ctxLen && !chatter) { content = true; if (!attrOnly) onlyAttr = false; }
            if (cand.isEmpty()) {
                if (i >= ctxLen && t.kind == Kind.WORD && !isMarkerWord(t.text) && !Lexicon.isCorrectionWord(t.text)) {
                    s.unknown++;
                    s.unknownKeys.add(t.key);
                }
                continue;
            }
            if (i >= ctxLen) s.known[i - ctxLen] = true;
            // per product the best of this token's candidate keys (dense scratch array: catalogs have thousands of rows)
            int touchedN = 0;
            for (Map.Entry<String, Double> e : cand.entrySet()) {
                reqKeys.merge(e.getKey(), e.getValue(), Math::max);
                double w = e.getValue() * ix.idf(e.getKey());
                for (int id : ix.postings.get(e.getKey())) {
                    if (tokBest[id] == 0) touched[touchedN++] = id;
                    if (w > tokBest[id]) tokBest[id] = w;
                }
            }
            for (int k = 0; k < touchedN; k++) {
                int id = touched[k];
                if (ev[id] == 0) live[liveN++] = id;
                ev[id] += tokBest[id];
                tokBest[id] = 0;
            }
        }
        s.hasContent = content;
        s.onlyAttributes = content && onlyAttr;
        double bestEv = 0;
        // only products that share a key with the request are candidates (postings = inverted index of word keys)
        int[] cands = java.util.Arrays.copyOf(live, liveN);
        for (int id : cands) bestEv = Math.max(bestEv, ev[id]);
        s.match = null;
        s.conflicted = false;
        if (bestEv <= 0) return;

        // bare numbers: attributes if a plausible candidate carries them ("Оскар 140"), else quantities
        Set<String> family = new HashSet<>();
        // only candidates that agree with the explicit attributes ("M8x40") may claim a bare number
        for (int id : cands) {
            if (ev[id] >= 0.5 * bestEv && ix.entries.get(id).numbers.containsAll(attrNums)) family.addAll(ix.entries.get(id).bareNumbers);
        }
        List<String> bareAttrs = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (roles.get(i) == Role.BARE && family.contains(toks.get(i).key)) bareAttrs.add(toks.get(i).key);
        }
        List<String> measureNums = new ArrayList<>();
        List<Qty> measureQty = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (roles.get(i) != Role.MEASURE) continue;
            measureNums.add(toks.get(i).key);
            measureQty.add(i >= ctxLen ? measureAt(s, i - ctxLen) : null);
        }
        boolean hasCount = !s.q.strong().isEmpty();

        double threshold = 0.62 * Math.log((n + 1.0) / 1.5);
        boolean colouredSibling = !reqColours.isEmpty() && sibling(ix, ev, cands, bestEv, e -> !e.colours.isEmpty());
        boolean sizedSibling = !reqSizes.isEmpty() && sibling(ix, ev, cands, bestEv, e -> !e.sizes.isEmpty());
        Entry winner = null;
        double winScore = 0, runnerUp = 0;
        for (int id : cands) {
            if (ev[id] < 0.35 * bestEv || ev[id] <= 0 || ev[id] < threshold) continue; // too weak to win or to conflict
            Entry e = ix.entries.get(id);
            double score = ev[id];
            boolean conflict = false;
            for (String a : attrNums) { if (e.numbers.contains(a)) score += 0.5 * ix.idf(a); else conflict = true; }
            for (String a : bareAttrs) { if (e.numbers.contains(a)) score += 0.5 * ix.idf(a); else conflict = true; }
            for (int k = 0; k < measureNums.size(); k++) {
                String a = measureNums.get(k);
                if (e.numbers.contains(a)) score += 0.5 * ix.idf(a);
                else if (!(e.unit.isMeasure() && !hasCount) && !(hasCount ? false : wholeContainers(e, measureQty.get(k)))) conflict = true;
            }
            if (!reqColours.isEmpty() && !e.colours.isEmpty() && disjoint(reqColours, e.colours)) conflict = true;
            if (e.colours.isEmpty() && colouredSibling) conflict = true;
            if (!reqSizes.isEmpty() && (e.sizes.isEmpty() ? sizedSibling : disjoint(reqSizes, e.sizes))) conflict = true;
            if (!reqSides.isEmpty() && !e.sides.isEmpty() && disjoint(reqSides, e.sides)) conflict = true;
            for (String c : reqCodes) if (!e.keys.contains(c) && !e.codes.isEmpty()) conflict = true;
            if (conflict) {
                if (ev[id] >= threshold && ev[id] >= 0.8 * bestEv) s.conflicted = true;
                continue;
            }
            double cov = 0;
            for (List<String> v : e.variants) {
                double tot = 0, got = 0;
                for (String k : v) { double w = ix.idf(k); tot += w; got += w * reqKeys.getOrDefault(k, attrNums.contains(k) || bareAttrs.contains(k) ? 1.0 : 0.0); }
                if (tot > 0) cov = Math.max(cov, got / tot);
            }
            double fin = score * (0.75 + 0.25 * cov);
            if (fin > winScore) { runnerUp = winScore; winScore = fin; winner = e; }
            else if (fin > runnerUp) runnerUp = fin;
        }
        if (winner != null) {
            s.match = winner;
            s.conflicted = false;
            double margin = winScore <= 0 ? 0 : (winScore - runnerUp) / winScore;
            double strength = Math.min(1.0, ev[winner.id] / (1.6 * threshold));
            s.confidence = Math.round((0.35 + 0.35 * strength + 0.3 * margin) * 1000) / 1000.0;
            claimBareAttributes(s, winner, family, ix, ev, cands, quantityAfterName);
        }
    }

    /**
     * Bare numbers used as attributes of the winner are not quantities. Exceptions that make them the quantity: the
     * only number of the fragment standing before the product words ("200 cable ties" of a "cable tie 200 mm"), or,
     * where the quantity customarily follows the name (Hindi, Hinglish), a small number after them that no neighbour
     * needs for telling apart ("tubelight 20" with one tube light; "Оскар 140" in Russian stays a size).
     */
    private static void claimBareAttributes(Seg s, Entry winner, Set<String> family, CatalogIndex ix, double[] ev, int[] cands,
            boolean quantityAfterName) {
        List<Qty> keep = new ArrayList<>();
        s.bareAttrIdx.clear();
        int firstContent = s.toks.size();
        // the first word of the product itself: "Jardín delantero: 10 difusores" puts the number before the product
        for (int i = 0; i < s.toks.size(); i++) {
            if (s.roles.get(i) == Role.CONTENT && s.known[i] && KeyCandidates.namesProduct(s.toks.get(i), winner, ix)) { firstContent = i; break; }
        }
        boolean onlyNumber = s.q.strong().isEmpty() && s.q.words().isEmpty() && s.q.bare().size() == 1;
        for (Qty b : s.q.bare()) {
            int idx = b.token();
            String key = s.toks.get(idx).key;
            boolean attr = winner.bareNumbers.contains(key) && family.contains(key);
            boolean trailingQty = quantityAfterName && !discriminates(winner, ix, ev, cands) && b.value().intValue() <= 500;
            if (attr && onlyNumber && (idx < firstContent || idx > firstContent && trailingQty)) {
                attr = false;
            }
            if (attr) { s.bareAttrIdx.add(idx); continue; }
            keep.add(b);
        }
        s.q = s.q.withBare(keep);
    }

    /** The measure read at a token of the fragment, or null. */
    private static Qty measureAt(Seg s, int token) {
        for (Qty m : s.q.measures()) if (m.token() == token) return m;
        return null;
    }

    /** Whether a measured amount is a whole number of the product's containers ("100 kg" of a "25 kg bag"). */
    private static boolean wholeContainers(Entry e, Qty m) {
        if (m == null || m.unit() == null) return false;
        BigDecimal per = e.content.get(m.unit());
        if (per == null || per.signum() <= 0) return false;
        BigDecimal[] dr = m.value().divideAndRemainder(per);
        return dr[1].signum() == 0 && dr[0].signum() > 0;
    }

    /** Numbers only, one of them a possible attribute and another one a possible quantity. */
    private static boolean numericEllipsis(Seg s) {
        int attrs = 0, numbers = 0;
        for (int i = 0; i < s.toks.size(); i++) {
            Role r = s.roles.get(i);
            Tok t = s.toks.get(i);
            boolean attr = r == Role.MEASURE || r == Role.BARE || r == Role.ATTR && t.kind != Kind.WORD;
            if (attr) attrs++;
            if (attr || r == Role.QTY && (i == 0 || s.roles.get(i - 1) != Role.QTY)) numbers++;
        }
        return attrs >= 1 && numbers >= 2;
    }

    /** Whether another product is nearly as good a match as the winner (then its numbers tell them apart). */
    private static boolean discriminates(Entry winner, CatalogIndex ix, double[] ev, int[] cands) {
        for (int id : cands) if (id != winner.id && ev[id] >= 0.8 * ev[winner.id]) return true;
        return false;
    }

    /** Whether a near candidate has the attribute: then a candidate without it is not what was asked for. */
    private static boolean sibling(CatalogIndex ix, double[] ev, int[] cands, double bestEv, java.util.function.Predicate<Entry> has) {
        for (int id : cands) if (ev[id] >= 0.8 * bestEv && has.test(ix.entries.get(id))) return true;
        return false;
    }

    private static boolean isMarkerWord(String w) {
        for (String p : Lexicon.MARKER_PREFIXES) if (p.length() > 2 && w.startsWith(p)) return true;
        return false;
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (Integer x : a) if (b.contains(x)) return false;
        return true;
    }

    private static BigDecimal chooseQty(Seg s, Entry e) {
        Quantities.Choice c = s.q.choose(e);
        if (c == null) return null;
        if (c.inContainers()) s.contentConverted = true;
        return c.value();
    }

    /** Quantity in the catalog unit: pieces of a "box of 100" product become boxes when the division is exact. */
    private static BigDecimal convert(BigDecimal q, Seg s, Entry e) {
        if (s.contentConverted) return q;
        Unit given = !s.q.strong().isEmpty() ? s.q.strong().get(0).unit() : null;
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
