package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.offerbridge.parser.engine.CatalogIndex.Entry;
import org.offerbridge.parser.engine.Text.Kind;
import org.offerbridge.parser.engine.Text.Tok;

/**
 * Matches a fragment against the catalog: IDF-weighted evidence of its word keys (exact, stemmed, transliterated,
 * fuzzy: {@link KeyCandidates}) per product, then attribute conflicts (numbers, colours, sides, sizes, codes) that
 * exclude near neighbours, coverage of a name variant, and a confidence from strength and margin. The winner may
 * claim bare numbers as its attributes. Immutable; one per parse.
 */
final class CatalogMatcher {
    private final CatalogIndex ix;
    private final boolean quantityAfterName;

    /** @param quantityAfterName the message language puts quantities after the item ("pankha 2") */
    CatalogMatcher(CatalogIndex ix, boolean quantityAfterName) {
        this.ix = ix;
        this.quantityAfterName = quantityAfterName;
    }

    /** The fragment on its own. */
    Mention match(Fragment f) {
        return match(f, Set.of(), null, false);
    }

    /**
     * The mention again, completed by an earlier one ({@code context} null: on its own again). Bare numbers claimed by
     * an earlier match stay claimed unless the new winner decides otherwise.
     *
     * @param context      an earlier mention whose product words complete this one ("et 6 noirs", "and 18 inch 4")
     * @param contextWords take only the context's product words, not its numbers: this fragment brings its own
     */
    Mention rematch(Mention m, Mention context, boolean contextWords) {
        return match(m.fragment(), m.match().bareAttributes(), context, contextWords);
    }

    private Mention match(Fragment s, Set<Integer> bareAttributes, Mention context, boolean contextWords) {
        List<Tok> toks = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        addContext(toks, roles, context, contextWords);
        toks.addAll(s.toks());
        roles.addAll(s.roles());
        Evidence ev = new Evidence(toks, roles, toks.size() - s.toks().size());
        List<Boolean> known = new ArrayList<>(s.toks().size());
        for (boolean k : ev.known) known.add(k);
        boolean onlyAttributes = ev.content && ev.onlyAttr;
        Scoring sc = ev.bestEv > 0 ? new Scoring(s, ev, toks, roles) : null;
        if (sc == null || sc.winner == null) {
            return new Mention(s, new Match(null, 0, sc != null && sc.conflicted, ev.unknown, List.copyOf(ev.unknownKeys), known,
                    ev.content, onlyAttributes, bareAttributes, null));
        }
        double margin = sc.winScore <= 0 ? 0 : (sc.winScore - sc.runnerUp) / sc.winScore;
        double strength = Math.min(1.0, ev.ev[sc.winner.id] / (1.6 * sc.threshold));
        double confidence = Math.round((0.35 + 0.35 * strength + 0.3 * margin) * 1000) / 1000.0;
        Set<Integer> claimed = new HashSet<>();
        List<Qty> bare = claimBareAttributes(s, ev, sc, claimed);
        return new Mention(s.withQuantities(s.quantities().withBare(bare)), new Match(sc.winner, confidence, false, ev.unknown,
                List.copyOf(ev.unknownKeys), known, ev.content, onlyAttributes, claimed, null));
    }

    /** The context's tokens that complete the fragment: its product words and attributes, or only its known words. */
    private void addContext(List<Tok> toks, List<Role> roles, Mention context, boolean contextWords) {
        if (context == null) return;
        Fragment c = context.fragment();
        for (int i = 0; i < c.toks().size(); i++) {
            Tok t = c.toks().get(i);
            Role r = c.roles().get(i);
            if (contextWords) {
                if (r == Role.CONTENT && context.match().known(i)) { toks.add(t); roles.add(Role.CONTENT); }
            } else if (r == Role.CONTENT && !ix.colourKeys.containsKey(t.key) && !ix.sideKeys.containsKey(t.key)
                    && Lexicon.garmentSize(t.text) == null
                    || r == Role.ATTR || r == Role.BARE && context.match().bareAttributes().contains(i)) {
                toks.add(t); roles.add(r == Role.BARE ? Role.ATTR : r);
            }
        }
    }

    /** Per product the IDF-weighted evidence of the request's keys, and the request's attributes (one per match call). */
    private final class Evidence {
        final double[] ev = new double[ix.entries.size()];
        /** Products that share a key with the request (postings = inverted index of word keys). */
        final int[] cands;
        final double bestEv;
        final Map<String, Double> reqKeys = new HashMap<>();
        final Set<Integer> reqColours = new HashSet<>(), reqSides = new HashSet<>(), reqSizes = new HashSet<>();
        final Set<String> reqCodes = new HashSet<>();
        final List<String> attrNums = new ArrayList<>();
        final boolean[] known;
        final Set<String> unknownKeys = new TreeSet<>();
        int unknown;
        boolean content, onlyAttr = true;

        Evidence(List<Tok> toks, List<Role> roles, int ctxLen) {
            int n = ix.entries.size();
            double[] tokBest = new double[n];
            int[] touched = new int[n];
            int[] live = new int[n];
            int liveN = 0;
            known = new boolean[toks.size() - ctxLen];
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
                        unknown++;
                        unknownKeys.add(t.key);
                    }
                    continue;
                }
                if (i >= ctxLen) known[i - ctxLen] = true;
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
            cands = Arrays.copyOf(live, liveN);
            double best = 0;
            for (int id : cands) best = Math.max(best, ev[id]);
            bestEv = best;
        }

        /** Whether a near candidate has the attribute: then a candidate without it is not what was asked for. */
        boolean sibling(Predicate<Entry> has) {
            for (int id : cands) if (ev[id] >= 0.8 * bestEv && has.test(ix.entries.get(id))) return true;
            return false;
        }

        /** Whether another product is nearly as good a match as the winner (then its numbers tell them apart). */
        boolean discriminates(Entry winner) {
            for (int id : cands) if (id != winner.id && ev[id] >= 0.8 * ev[winner.id]) return true;
            return false;
        }
    }

    /** The candidates scored with their attribute conflicts and variant coverage (one per match call). */
    private final class Scoring {
        /** Bare numbers that a plausible candidate carries: attributes, not quantities ("Оскар 140"). */
        final Set<String> family = new HashSet<>();
        final double threshold;
        Entry winner;
        double winScore, runnerUp;
        boolean conflicted;

        Scoring(Fragment s, Evidence ev, List<Tok> toks, List<Role> roles) {
            int ctxLen = toks.size() - s.toks().size();
            // only candidates that agree with the explicit attributes ("M8x40") may claim a bare number
            for (int id : ev.cands) {
                Entry e = ix.entries.get(id);
                if (ev.ev[id] >= 0.5 * ev.bestEv && e.numbers.containsAll(ev.attrNums)) family.addAll(e.bareNumbers);
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
            boolean hasCount = !s.quantities().strong().isEmpty();

            threshold = 0.62 * Math.log((ix.entries.size() + 1.0) / 1.5);
            boolean colouredSibling = !ev.reqColours.isEmpty() && ev.sibling(e -> !e.colours.isEmpty());
            boolean sizedSibling = !ev.reqSizes.isEmpty() && ev.sibling(e -> !e.sizes.isEmpty());
            for (int id : ev.cands) {
                if (ev.ev[id] < 0.35 * ev.bestEv || ev.ev[id] <= 0 || ev.ev[id] < threshold) continue; // too weak to win or to conflict
                Entry e = ix.entries.get(id);
                double score = ev.ev[id];
                boolean conflict = false;
                for (String a : ev.attrNums) { if (e.numbers.contains(a)) score += 0.5 * ix.idf(a); else conflict = true; }
                for (String a : bareAttrs) { if (e.numbers.contains(a)) score += 0.5 * ix.idf(a); else conflict = true; }
                for (int k = 0; k < measureNums.size(); k++) {
                    String a = measureNums.get(k);
                    if (e.numbers.contains(a)) score += 0.5 * ix.idf(a);
                    else if (!(e.unit.isMeasure() && !hasCount) && !(hasCount ? false : wholeContainers(e, measureQty.get(k)))) conflict = true;
                }
                if (!ev.reqColours.isEmpty() && !e.colours.isEmpty() && disjoint(ev.reqColours, e.colours)) conflict = true;
                if (e.colours.isEmpty() && colouredSibling) conflict = true;
                if (!ev.reqSizes.isEmpty() && (e.sizes.isEmpty() ? sizedSibling : disjoint(ev.reqSizes, e.sizes))) conflict = true;
                if (!ev.reqSides.isEmpty() && !e.sides.isEmpty() && disjoint(ev.reqSides, e.sides)) conflict = true;
                for (String c : ev.reqCodes) if (!e.keys.contains(c) && !e.codes.isEmpty()) conflict = true;
                if (conflict) {
                    if (ev.ev[id] >= threshold && ev.ev[id] >= 0.8 * ev.bestEv) conflicted = true;
                    continue;
                }
                double cov = 0;
                for (List<String> v : e.variants) {
                    double tot = 0, got = 0;
                    for (String k : v) {
                        double w = ix.idf(k);
                        tot += w;
                        got += w * ev.reqKeys.getOrDefault(k, ev.attrNums.contains(k) || bareAttrs.contains(k) ? 1.0 : 0.0);
                    }
                    if (tot > 0) cov = Math.max(cov, got / tot);
                }
                double fin = score * (0.75 + 0.25 * cov);
                if (fin > winScore) { runnerUp = winScore; winScore = fin; winner = e; }
                else if (fin > runnerUp) runnerUp = fin;
            }
        }
    }

    /**
     * The bare numbers that stay quantities once the winner claimed its attributes ({@code claimed}: their tokens).
     * Exceptions that keep an attribute of the winner a quantity: the only number of the fragment standing before the
     * product words ("200 cable ties" of a "cable tie 200 mm"), or, where the quantity customarily follows the name
     * (Hindi, Hinglish), a small number after them that no neighbour needs for telling apart ("tubelight 20" with one
     * tube light; "Оскар 140" in Russian stays a size).
     */
    private List<Qty> claimBareAttributes(Fragment s, Evidence ev, Scoring sc, Set<Integer> claimed) {
        Entry winner = sc.winner;
        Quantities q = s.quantities();
        int firstContent = s.toks().size();
        // the first word of the product itself: "Jardín delantero: 10 difusores" puts the number before the product
        for (int i = 0; i < s.toks().size(); i++) {
            if (s.roles().get(i) == Role.CONTENT && ev.known[i] && KeyCandidates.namesProduct(s.toks().get(i), winner, ix)) {
                firstContent = i;
                break;
            }
        }
        boolean onlyNumber = q.strong().isEmpty() && q.words().isEmpty() && q.bare().size() == 1;
        List<Qty> keep = new ArrayList<>();
        for (Qty b : q.bare()) {
            int idx = b.token();
            String key = s.toks().get(idx).key;
            boolean attr = winner.bareNumbers.contains(key) && sc.family.contains(key);
            boolean trailingQty = quantityAfterName && !ev.discriminates(winner) && b.value().intValue() <= 500;
            if (attr && onlyNumber && (idx < firstContent || idx > firstContent && trailingQty)) {
                attr = false;
            }
            if (attr) { claimed.add(idx); continue; }
            keep.add(b);
        }
        return keep;
    }

    /** The measure read at a token of the fragment, or null. */
    private static Qty measureAt(Fragment s, int token) {
        for (Qty m : s.quantities().measures()) if (m.token() == token) return m;
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

    private static boolean isMarkerWord(String w) {
        for (String p : Lexicon.MARKER_PREFIXES) if (p.length() > 2 && w.startsWith(p)) return true;
        return false;
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (Integer x : a) if (b.contains(x)) return false;
        return true;
    }
}
