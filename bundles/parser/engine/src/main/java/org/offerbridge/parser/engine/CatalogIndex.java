package org.offerbridge.parser.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerbridge.parser.engine.Text.Kind;
import org.offerbridge.parser.engine.Text.Tok;

/**
 * Immutable, thread-safe lookup structure over one catalog revision: per product the matching keys of its name
 * and aliases, its numbers (sizes, models), colour/side attributes and pack size; a vocabulary with document
 * frequencies, a one-deletion neighbourhood for typos and consonant skeletons for transliterated Hindi.
 */
public final class CatalogIndex {

    static final class Entry {
        final CatalogItem item;
        final int id;
        final Lexicon.Unit unit;
        final Set<String> keys = new HashSet<>();
        final List<List<String>> variants = new ArrayList<>(); // keys per name / alias
        final Set<String> numbers = new HashSet<>();       // every number, dimension part, code part
        final Set<String> bareNumbers = new HashSet<>();   // numbers a customer may write without a unit (sizes, models)
        final Set<String> codes = new HashSet<>();
        final Set<Integer> colours = new HashSet<>();
        final Set<Integer> sides = new HashSet<>();
        final Set<Integer> sizes = new HashSet<>();        // garment sizes
        int packSize;                                      // pieces per box/pack/roll/set, 0 if unknown
        final Map<Lexicon.Unit, java.math.BigDecimal> content = new java.util.EnumMap<>(Lexicon.Unit.class); // "10 kg bag": KG=10
        Entry(CatalogItem item, int id) { this.item = item; this.id = id; this.unit = Lexicon.Unit.ofCatalog(item.unit()); }
    }

    final List<Entry> entries;
    final String latinLang;
    final Map<String, int[]> postings;
    final Map<String, Double> idf;
    final NavigableSet<String> wordKeys;
    final Map<String, List<String>> deletes;
    final Map<String, List<String>> skeletons;
    final Map<String, Integer> colourKeys;
    final Map<String, Integer> sideKeys;
    final double maxIdf;
    /** Products by their SKU (lower case), for customers who write the code itself ("BP-I20-F x 3"). */
    final Map<String, Entry> skus;

    private CatalogIndex(List<CatalogItem> items) {
        this.latinLang = detectLatinLanguage(items);
        this.colourKeys = attributeKeys(Lexicon.COLOURS);
        this.sideKeys = attributeKeys(Lexicon.SIDES);
        List<Entry> es = new ArrayList<>();
        Map<String, Set<Integer>> post = new HashMap<>();
        Map<String, Set<String>> surfaceSkeletons = new HashMap<>();
        for (CatalogItem ci : items) {
            Entry e = new Entry(ci, es.size());
            es.add(e);
            List<String> texts = new ArrayList<>();
            texts.add(ci.name());
            texts.addAll(ci.aliases());
            for (String txt : texts) {
                if (txt == null || txt.isBlank()) continue;
                String norm = Text.normalize(txt);
                List<Tok> toks = Text.lex(norm);
                Text.keyWords(toks, latinLang, latinLang);
                List<String> vk = new ArrayList<>();
                for (int i = 0; i < toks.size(); i++) {
                    Tok t = toks.get(i);
                    if (t.kind == Kind.WORD) {
                        if (Lexicon.isStop(t.text) && t.text.length() > 1) continue;
                        Integer c = colourKeys.get(t.key);
                        if (c != null) e.colours.add(c);
                        Integer s = sideKeys.get(t.key);
                        if (s != null) e.sides.add(s);
                        Integer g = garmentSize(toks, i);
                        if (g != null) e.sizes.add(g);
                        vk.add(t.key);
                        // transliterated Hindi meets the spoken form, not the stem ("katinga" ~ "cutting", stem "cut")
                        if (t.script == Text.Script.LATIN && t.text.length() >= 4 && !t.text.equals(t.key)) {
                            String sk = Text.skeleton(Text.fold(t.text));
                            if (sk.length() >= 3) surfaceSkeletons.computeIfAbsent(sk, x -> new HashSet<>()).add(t.key);
                        }
                    } else if (t.kind == Kind.NUM) {
                        e.numbers.add(t.key);
                        Lexicon.Unit u = i + 1 < toks.size() && toks.get(i + 1).kind == Kind.WORD
                                ? Lexicon.unit(toks.get(i + 1).text) : null;
                        boolean packish = u != null && (u == Lexicon.Unit.PCS || u == Lexicon.Unit.SHEET || u.isPackage());
                        boolean prevPack = i > 0 && toks.get(i - 1).kind == Kind.WORD && packWord(toks, i - 1);
                        // lengths and weights ("6 m length", "3 кг") are not written without their unit; sizes and volumes are
                        boolean lengthOrWeight = u == Lexicon.Unit.M || u == Lexicon.Unit.KG;
                        if (!packish && !prevPack && !lengthOrWeight && !(u != null && u.isMeasure() && u == e.unit)) e.bareNumbers.add(t.key);
                        vk.add(t.key);
                    } else {
                        vk.add(t.key);
                        if (t.kind == Kind.CODE) e.codes.add(t.key);
                        Integer g = Lexicon.garmentSize(t.key); // "2xl"
                        if (g != null) e.sizes.add(g);
                        for (String p : t.parts) { e.numbers.add(p); e.bareNumbers.add(p); }
                        if (t.kind == Kind.FRAC) { e.numbers.add(t.key); e.bareNumbers.add(t.key); }
                    }
                }
                e.keys.addAll(vk);
                e.variants.add(vk);
            }
            e.packSize = e.unit.isPackage() ? packSize(Text.normalize(ci.name())) : 0;
            contentMeasures(Text.normalize(ci.name()), e.content);
            for (String k : e.keys) post.computeIfAbsent(k, x -> new HashSet<>()).add(e.id);
        }
        this.entries = Collections.unmodifiableList(es);
        Map<String, Entry> bySku = new HashMap<>();
        for (Entry e : es) {
            String sku = e.item.sku() == null ? "" : e.item.sku().trim().toLowerCase(java.util.Locale.ROOT);
            // a SKU is recognisable only when it cannot be an ordinary word or number ("PC6-05", not "BALAI")
            if (sku.length() >= 4 && SKU_SHAPE.matcher(sku).matches()) bySku.putIfAbsent(sku, e);
        }
        this.skus = bySku;
        Map<String, int[]> p = new HashMap<>();
        Map<String, Double> idfs = new HashMap<>();
        NavigableSet<String> words = new TreeSet<>();
        Map<String, List<String>> del = new HashMap<>();
        Map<String, List<String>> skel = new HashMap<>();
        int n = es.size();
        double mx = 0;
        for (Map.Entry<String, Set<Integer>> me : post.entrySet()) {
            String k = me.getKey();
            int[] ids = me.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
            p.put(k, ids);
            double v = Math.log((n + 1.0) / (ids.length + 0.5));
            idfs.put(k, v);
            mx = Math.max(mx, v);
            if (k.chars().allMatch(Character::isLetter)) {
                words.add(k);
                if (k.length() >= 5) {
                    for (int i = 0; i < k.length(); i++) {
                        del.computeIfAbsent(k.substring(0, i) + k.substring(i + 1), x -> new ArrayList<>()).add(k);
                    }
                }
                if (k.length() >= 4) {
                    String s = Text.skeleton(k);
                    if (s.length() >= 3) skel.computeIfAbsent(s, x -> new ArrayList<>()).add(k);
                }
            }
        }
        for (Map.Entry<String, Set<String>> me : surfaceSkeletons.entrySet()) {
            List<String> l = skel.computeIfAbsent(me.getKey(), x -> new ArrayList<>());
            for (String k : me.getValue()) if (!l.contains(k)) l.add(k);
        }
        this.postings = p;
        this.idf = idfs;
        this.wordKeys = Collections.unmodifiableNavigableSet(words);
        this.deletes = del;
        this.skeletons = skel;
        this.maxIdf = Math.max(mx, 1.0);
    }

    private static final Pattern SKU_SHAPE = Pattern.compile("(?=.*[-_/.\\d])(?=.*\\p{L})[\\p{L}\\d][\\p{L}\\d._/-]*[\\p{L}\\d]");

    /** Builds the index; call once per catalog revision. */
    public static CatalogIndex build(List<CatalogItem> items) {
        return new CatalogIndex(List.copyOf(items));
    }

    public int size() { return entries.size(); }

    double idf(String key) { return idf.getOrDefault(key, maxIdf); }

    private static boolean packWord(List<Tok> toks, int i) {
        String w = toks.get(i).text;
        if (Set.of("of", "de", "from", "von", "из", "по", "à").contains(w) && i > 0) w = toks.get(i - 1).text;
        Lexicon.Unit u = Lexicon.unit(w);
        return u != null && u.isPackage();
    }

    private static final Pattern PACK = Pattern.compile(
            "(?:box|pack|packet|boîte|boite|упаковка|упаковці|пачка|рулон|roll|coil|paquet|packung|caja|paquete|комплект|"
            + "set|kit|lot|jeu|bag|sachet|пакет|bolsa|colis|carton|karton|paket|beutel|коробка)\\s*(?:of|de|из|à|mit|con|з|по)?\\s*(\\d+)"
            + "|(\\d+)\\s*(?:pcs|pc|pieces|шт|feuilles|sheets|stück|st|uds|unidades|piezas|pièces|листов|аркушів|nos)(?![\\p{L}])");

    static int packSize(String normName) {
        Matcher m = PACK.matcher(normName);
        int best = 0;
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2);
            try { best = Math.max(best, Integer.parseInt(g)); } catch (NumberFormatException ignored) { }
        }
        return best;
    }

    private static final Pattern CONTENT = Pattern.compile(
            "(?<![\\d.,])(\\d+(?:[.,]\\d+)?)\\s*(kg|g|gr|l|ml|m|litres?|liters?|ltr|кг|г|л|мл|м|किलो|लीटर|मीटर)(?![\\p{L}\\d/])");

    /**
     * What one unit of the product contains, per measure ("10 kg bag", "roll of 400 m", "250 g packet", "1 l bottle"),
     * in kg, l and m; the largest amount of a dimension counts (a roll's length, not its width).
     */
    static void contentMeasures(String normName, Map<Lexicon.Unit, java.math.BigDecimal> out) {
        Matcher m = CONTENT.matcher(normName);
        while (m.find()) {
            java.math.BigDecimal v = new java.math.BigDecimal(m.group(1).replace(',', '.'));
            String u = m.group(2);
            Lexicon.Unit unit;
            switch (u) {
                case "g": case "gr": case "г": unit = Lexicon.Unit.KG; v = v.movePointLeft(3); break;
                case "ml": case "мл": unit = Lexicon.Unit.L; v = v.movePointLeft(3); break;
                case "m": case "м": case "मीटर": unit = Lexicon.Unit.M; break;
                case "kg": case "кг": case "किलो": unit = Lexicon.Unit.KG; break;
                default: unit = Lexicon.Unit.L;
            }
            out.merge(unit, v.stripTrailingZeros(), (a, b) -> a.max(b));
        }
    }

    /**
     * Keys of attribute words and of their inflected forms in every Latin stemmer (light stemmers leave short words
     * alone but cut "rojos" to "roj"); the first family to claim a key keeps it.
     */
    private Map<String, Integer> attributeKeys(List<List<String>> families) {
        Map<String, Integer> m = new HashMap<>();
        for (int f = 0; f < families.size(); f++) {
            for (String w : families.get(f)) {
                String n = Text.normalize(w);
                Text.Script sc = Text.script(n);
                m.putIfAbsent(Text.wordKey(n, sc, latinLang), f);
                if (sc != Text.Script.LATIN) continue;
                for (String end : Lexicon.ATTRIBUTE_ENDINGS) {
                    for (String l : List.of("en", "fr", "de", "es", "hi-Latn")) m.putIfAbsent(Text.wordKey(n + end, sc, l), f);
                }
            }
        }
        return m;
    }

    /**
     * Garment size of a catalog word: "XL" always, a single letter ("M", "L") only after a size word or at the end
     * of a name, and never after a number ("3 l" is litres).
     */
    static Integer garmentSize(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        Integer g = Lexicon.garmentSize(t.text);
        if (g == null || i > 0 && toks.get(i - 1).kind == Kind.NUM) return null;
        if (t.text.length() > 1) return g;
        boolean afterSizeWord = i > 0 && Lexicon.SIZE_WORDS.contains(toks.get(i - 1).text);
        return afterSizeWord || i == toks.size() - 1 ? g : null;
    }

    static String detectLatinLanguage(List<CatalogItem> items) {
        StringBuilder b = new StringBuilder();
        // a few hundred names decide the language as well as all of them
        for (CatalogItem i : items.subList(0, Math.min(items.size(), 300))) {
            b.append(' ').append(i.name());
            for (String a : i.aliases()) b.append(' ').append(a);
        }
        return Lang.latinLanguage(Text.normalize(b.toString()));
    }
}
