package org.offerbridge.parser.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.offerbridge.parser.engine.Text.Kind;
import org.offerbridge.parser.engine.Text.Tok;

/**
 * The catalog vocabulary keys a request token may stand for, with their similarity: the exact key (and the key in
 * the request's own Latin stemmer), then for longer words a Slavic fleeting vowel, prefixes and extensions, one edit,
 * and for Devanagari the consonant skeleton.
 */
final class KeyCandidates {
    private KeyCandidates() {}

    static Map<String, Double> of(Tok t, CatalogIndex ix) {
        Map<String, Double> c = new HashMap<>();
        String k = t.key;
        if (ix.postings.containsKey(k)) c.put(k, 1.0);
        if (t.altKey != null && !t.altKey.equals(k) && ix.postings.containsKey(t.altKey)) c.put(t.altKey, 1.0);
        if (t.kind != Kind.WORD || k.isEmpty() || !Character.isLetter(k.charAt(0))) return c;
        // Slavic genitive plural drops or inserts a fleeting vowel: "флешек" / "флешка", "мишок" / "мишка"
        if (c.isEmpty() && t.script == Text.Script.CYRILLIC && k.length() >= 5 && (k.endsWith("ek") || k.endsWith("ok"))) {
            String fleeting = k.substring(0, k.length() - 2) + "k";
            if (ix.postings.containsKey(fleeting)) c.put(fleeting, 0.95);
        }
        if (!c.isEmpty() && k.length() < 5) return c;
        int len = k.length();
        // prefixes of the request key ("mramorn" ~ "mramor")
        for (int i = Math.max(4, (int) Math.ceil(len * 0.7)); i < len; i++) {
            String p = k.substring(0, i);
            if (ix.postings.containsKey(p)) c.merge(p, 0.9, Math::max);
        }
        // vocabulary keys that extend the request key ("skand" ~ "skandi")
        if (len >= 4) {
            for (String w : ix.wordKeys.subSet(k, false, k + Character.MAX_VALUE, false)) {
                if (len >= 0.7 * w.length()) c.merge(w, 0.9, Math::max);
                else break;
            }
        }
        // one edit (deletion neighbourhood)
        if (len >= 5) {
            List<String> d = ix.deletes.get(k);
            if (d != null) for (String w : d) c.merge(w, 0.8, Math::max);
            for (int i = 0; i < len; i++) {
                String del = k.substring(0, i) + k.substring(i + 1);
                if (ix.postings.containsKey(del)) c.merge(del, 0.8, Math::max);
                // a substitution in a short Latin stem is another word too often ("gruss" ~ "gross"); transliterations
                // from other scripts need it ("vhil" ~ "wheel")
                List<String> dd = len >= 6 || t.script != Text.Script.LATIN ? ix.deletes.get(del) : null;
                if (dd != null) for (String w : dd) c.merge(w, 0.8, Math::max);
            }
        }
        if (c.isEmpty() && t.script == Text.Script.DEVANAGARI && len >= 4) {
            List<String> sk = ix.skeletons.get(Text.skeleton(k));
            if (sk != null) for (String w : sk) c.merge(w, 0.7, Math::max);
        }
        return c;
    }

    /** Whether one of the token's vocabulary keys belongs to the product. */
    static boolean namesProduct(Tok t, CatalogIndex.Entry e, CatalogIndex ix) {
        if (e.keys.contains(t.key)) return true;
        for (String k : of(t, ix).keySet()) if (e.keys.contains(k)) return true;
        return false;
    }
}
