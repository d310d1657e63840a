package org.offerbridge.parser.engine;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.hi.HindiNormalizer;
import org.apache.lucene.analysis.hi.HindiStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Normalisation, tokenisation and matching keys, shared by the catalog index and the request parser.
 *
 * <p>A token's matching key is: stem (Lucene light stemmers per script/language) → transliteration to Latin
 * ASCII (ICU), so that Cyrillic, Devanagari and Latin spellings of the same brand/word meet ("Купол" / "Kupol").
 */
final class Text {
    private Text() {}

    enum Kind { WORD, NUM, DIM, FRAC, CODE }

    enum Script { LATIN, CYRILLIC, DEVANAGARI, OTHER }

    /** One lexical token of a normalised fragment. */
    static final class Tok {
        final Kind kind;
        final String text;      // normalised surface form
        final Script script;
        String key;             // primary matching key
        String altKey;          // key with a second stemmer (request language), may equal key
        String[] parts = new String[0]; // numeric components of DIM / CODE
        int start, end;         // range in the normalised fragment
        Tok(Kind kind, String text, Script script) { this.kind = kind; this.text = text; this.script = script; }
        Tok at(int s, int e) { start = s; end = e; return this; }
        boolean numeric() { return kind == Kind.NUM; }
        @Override public String toString() { return kind + ":" + text + "→" + key; }
    }

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern LETTER_HYPHEN_DIGIT = Pattern.compile("(\\p{L})-(\\d)");
    private static final Pattern DIGIT_HYPHEN_LETTER = Pattern.compile("(\\d)-(\\p{L})");
    private static final Pattern CYR_X = Pattern.compile("(\\d)\\s*[х×*]\\s*(\\d)");
    private static final Pattern CODE_X = Pattern.compile("(\\p{L}\\d+)\\s+x\\s+(\\d)"); // "M8 x 60" → "M8x60"
    private static final Pattern INCH_MARK = Pattern.compile("(\\d)\\s*(?:\"|''|”|″)");
    private static final Pattern UNIT_GLUE = Pattern.compile(
            "(\\d)(mm|cm|m|km|kg|g|gr|l|ml|w|kw|v|mah|inch|мм|см|м|кг|г|гр|л|мл|вт|квт|шт|pcs|pc|nos)(?![\\p{L}\\d])");

    /** Lower-cases and canonicalises a fragment of text (same for catalog and request). */
    static String normalize(String s) {
        return normalizeMapped(s).text;
    }

    /** {@link #normalize} keeping the original offset of every character (for highlighting spans). */
    static MappedText normalizeMapped(String s) {
        MappedText t = MappedText.of(s).nfkcLower().mapChars(Text::canonChar);
        t = t.replaceAll(INCH_MARK, "$1 inch ");
        t = t.replaceAll(CYR_X, "$1x$2");
        t = t.replaceAll(CODE_X, "$1x$2");
        t = t.replaceAll(LETTER_HYPHEN_DIGIT, "$1$2");
        t = t.replaceAll(DIGIT_HYPHEN_LETTER, "$1 $2");
        t = t.replaceAll(UNIT_GLUE, "$1 $2");
        return t;
    }

    private static String canonChar(char c) {
        switch (c) {
            case 'ё': return "е";
            case '\u00ad': return "";
            case '’': case 'ʼ': case '`': case '‘': return "'";
            case '«': case '»': case 'ø': case '⌀': case '²': case '³': return " ";
            case '“': case '„': return "\"";
            case '\u0901': return "\u0902"; // chandrabindu and anusvara are written interchangeably (पाँच / पांच)
            default: return null;
        }
    }

    private static final Pattern LEX = Pattern.compile(
            "(?<dim>\\d+(?:[.,]\\d+)?(?:(?:x|\\sx\\s)\\d+(?:[.,]\\d+)?)+)"
            + "|(?<frac>\\d+/\\d+)"
            + "|(?<code>\\p{L}[\\p{L}\\p{M}]*\\d[\\p{L}\\p{M}\\d]*|\\d+\\p{L}[\\p{L}\\p{M}\\d]*)"
            + "|(?<num>\\d+(?:[.,]\\d+)?)"
            + "|(?<word>\\p{L}[\\p{L}\\p{M}'\\d]*)");

    private static final Pattern SIZE_CODE = Pattern.compile("[a-z]+\\d+(?:[.,]\\d+)?x\\d+(?:[.,]\\d+)?");

    /** Tokenises an already normalised fragment. */
    static List<Tok> lex(String norm) {
        List<Tok> out = new ArrayList<>();
        Matcher m = LEX.matcher(norm);
        while (m.find()) {
            if (m.group("dim") != null) {
                String[] ps = m.group("dim").replace(" ", "").split("x");
                Tok t = new Tok(Kind.DIM, m.group("dim"), Script.LATIN).at(m.start(), m.end());
                for (int i = 0; i < ps.length; i++) ps[i] = canonNum(ps[i]);
                t.parts = ps;
                t.key = String.join("x", ps);
                out.add(t);
            } else if (m.group("frac") != null) {
                Tok t = new Tok(Kind.FRAC, m.group("frac"), Script.LATIN).at(m.start(), m.end());
                t.key = m.group("frac");
                out.add(t);
            } else if (m.group("code") != null) {
                String c = m.group("code");
                Script sc = script(c);
                Tok t = new Tok(Kind.CODE, c, sc).at(m.start(), m.end());
                t.key = translit(c, sc).replace("'", "");
                // m8x40 -> m8, 40 ; numeric components are attributes too
                if (SIZE_CODE.matcher(t.key).matches()) {
                    String[] ps = t.key.split("x");
                    t.parts = new String[] {ps[0], canonNum(ps[1])};
                }
                out.add(t);
            } else if (m.group("num") != null) {
                Tok t = new Tok(Kind.NUM, m.group("num"), Script.LATIN).at(m.start(), m.end());
                t.key = canonNum(m.group("num"));
                out.add(t);
            } else {
                String w = m.group("word");
                Script sc = script(w);
                int ws = m.start(), we = m.end();
                if (sc == Script.LATIN && w.indexOf('\'') > 0) {
                    int a = w.indexOf('\'');
                    if (a <= 2) { w = w.substring(a + 1); ws += a + 1; } // d'enveloppes, l'étiquette, qu'il
                    else { w = w.substring(0, a); we = ws + a; }         // customer's, i'd
                    if (w.isEmpty()) continue;
                } else {
                    w = w.replace("'", "");
                }
                out.add(new Tok(Kind.WORD, w, sc).at(ws, we));
            }
        }
        return out;
    }

    /** "1,50" → "1.5", "007" → "7": one spelling per number value. */
    static String canonNum(String n) {
        String s = n.replace(',', '.');
        if (s.indexOf('.') >= 0) {
            int e = s.length();
            while (e > 0 && s.charAt(e - 1) == '0') e--;
            if (e > 0 && s.charAt(e - 1) == '.') e--;
            s = s.substring(0, e);
        }
        int b = 0;
        while (b + 1 < s.length() && s.charAt(b) == '0' && Character.isDigit(s.charAt(b + 1))) b++;
        return s.substring(b);
    }

    static Script script(String w) {
        for (int i = 0; i < w.length(); i++) {
            Character.UnicodeScript us = Character.UnicodeScript.of(w.charAt(i));
            if (us == Character.UnicodeScript.CYRILLIC) return Script.CYRILLIC;
            if (us == Character.UnicodeScript.DEVANAGARI) return Script.DEVANAGARI;
            if (us == Character.UnicodeScript.LATIN) return Script.LATIN;
        }
        return Script.OTHER;
    }

    // ---------------------------------------------------------------- stemming and keys

    private static final RussianLightStemmer RU = new RussianLightStemmer();
    private static final FrenchLightStemmer FR = new FrenchLightStemmer();
    private static final GermanLightStemmer DE = new GermanLightStemmer();
    private static final SpanishLightStemmer ES = new SpanishLightStemmer();
    private static final HindiNormalizer HI_NORM = new HindiNormalizer();
    private static final HindiStemmer HI = new HindiStemmer();
    private static final ThreadLocal<EnglishStemmer> EN = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<Transliterator> CYR_LAT =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> DEV_LAT =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Devanagari-Latin; Latin-ASCII"));
    private static final Map<String, String> KEY_CACHE = new ConcurrentHashMap<>();

    /**
     * Cyrillic light stemmer for Russian and Ukrainian. Lucene's RussianLightStemmer, then a light strip of the
     * Ukrainian-only endings (-ів, -їв, -і, -ї, -є) that the Russian stemmer does not know. Ukrainian has no
     * Snowball/light stemmer in Lucene; this is the documented compromise.
     */
    static String stemCyrillic(String w) {
        char[] c = w.toCharArray();
        int len = RU.stem(c, c.length);
        String s = new String(c, 0, len);
        if (s.length() > 4 && (s.endsWith("ів") || s.endsWith("їв"))) s = s.substring(0, s.length() - 2);
        else if (s.length() > 3 && (s.endsWith("і") || s.endsWith("ї") || s.endsWith("є"))) s = s.substring(0, s.length() - 1);
        if (s.length() > 3 && s.endsWith("ь")) s = s.substring(0, s.length() - 1);
        if (s.length() > 4 && (s.endsWith("ий") || s.endsWith("ій"))) s = s.substring(0, s.length() - 2);
        return s;
    }

    static String stemLatin(String w, String lang) {
        switch (lang) {
            case "fr": { char[] c = w.toCharArray(); return new String(c, 0, FR.stem(c, c.length)); }
            case "de": { char[] c = w.toCharArray(); return new String(c, 0, DE.stem(c, c.length)); }
            case "es": { char[] c = w.toCharArray(); return new String(c, 0, ES.stem(c, c.length)); }
            case "hi-Latn": return w.length() > 4 && w.endsWith("on") ? w.substring(0, w.length() - 2) : w;
            default: {
                EnglishStemmer st = EN.get();
                st.setCurrent(w);
                st.stem();
                return st.getCurrent();
            }
        }
    }

    static String stemDevanagari(String w) {
        char[] c = w.toCharArray();
        int len = HI_NORM.normalize(c, c.length);
        len = HI.stem(c, len);
        return new String(c, 0, len);
    }

    static String fold(String s) {
        if (isAscii(s)) return s;
        String d = MARKS.matcher(NFD.normalize(s)).replaceAll("");
        return d.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    static String translit(String s, Script sc) {
        switch (sc) {
            case CYRILLIC: return fold(CYR_LAT.get().transliterate(s)).replace("'", "").replace("ʹ", "").replace("\"", "");
            case DEVANAGARI: return fold(DEV_LAT.get().transliterate(s)).replace("'", "").replace("~", "");
            default: return fold(s);
        }
    }

    /** Matching key of a word: stemmed in its script (Latin: in {@code latinLang}), then transliterated to ASCII. */
    static String wordKey(String w, Script sc, String latinLang) {
        String cacheKey = latinLang + '\u0001' + w;
        String k = KEY_CACHE.get(cacheKey);
        if (k != null) return k;
        switch (sc) {
            case CYRILLIC: k = translit(stemCyrillic(w), sc); break;
            case DEVANAGARI: k = translit(stemDevanagari(w), sc); break;
            case LATIN: k = fold(stemLatin(w, latinLang)); break;
            default: k = w;
        }
        if (KEY_CACHE.size() < 200_000) KEY_CACHE.put(cacheKey, k);
        return k;
    }

    /** Assigns keys to the WORD tokens (others got theirs while lexing). */
    static void keyWords(List<Tok> toks, String latinLang, String altLatinLang) {
        for (Tok t : toks) {
            if (t.kind != Kind.WORD) { t.altKey = t.key; continue; }
            t.key = wordKey(t.text, t.script, latinLang);
            t.altKey = t.script == Script.LATIN && !altLatinLang.equals(latinLang)
                    ? wordKey(t.text, t.script, altLatinLang) : t.key;
        }
    }

    /** Consonant skeleton for loose cross-script matching of transliterated Devanagari (कटिंग → ktng ~ cutting). */
    static String skeleton(String key) {
        StringBuilder b = new StringBuilder();
        String s = key.replace("ph", "f").replace("sh", "s").replace("ch", "c");
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ("aeiouy".indexOf(ch) >= 0) continue;
            if (ch == 'c' || ch == 'q') ch = 'k';
            if (ch == 'w') ch = 'v';
            if (ch == 'z') ch = 'j';
            if (ch == 'h' && b.length() > 0) continue;
            if (ch == prev) continue;
            b.append(ch);
            prev = ch;
        }
        return b.toString();
    }

    static int ukLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if ("іїєґІЇЄҐ".indexOf(s.charAt(i)) >= 0) n++;
        return n;
    }
}
