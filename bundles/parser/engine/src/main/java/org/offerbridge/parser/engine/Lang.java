package org.offerbridge.parser.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/** Language identification: script first, then function-word votes (Lucene stop sets) for Latin-script text. */
final class Lang {
    private Lang() {}

    private static final Map<String, CharArraySet> STOPS = Map.of(
            "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "fr", FrenchAnalyzer.getDefaultStopSet(),
            "de", GermanAnalyzer.getDefaultStopSet(), "es", SpanishAnalyzer.getDefaultStopSet());

    /** Words that mark romanised Hindi (Hinglish). */
    private static final Set<String> HINGLISH = Set.of("bhai", "aur", "chahiye", "chahie", "chaiye", "hai", "hain", "ka",
            "ki", "ke", "ko", "dena", "dedo", "bhejo", "kitna", "kitne", "mujhe", "hume", "humein", "wala", "wale", "ek",
            "kal", "abhi", "jaldi", "bhi", "nahi", "rate", "bata", "batao", "ji", "sahab", "paanch", "teen", "char", "hathoda",
            "chahta", "chahti", "mein", "se", "liye", "karo", "kar", "do");

    /** Lucene's English stop set is minimal (33 words); everyday request words that vote for English. */
    private static final Set<String> ENGLISH = Set.of("you", "we", "i", "have", "need", "do", "can", "our", "my", "me",
            "us", "would", "like", "send", "want", "some", "please", "thanks", "hello", "dear", "each", "all", "instead",
            "make", "also", "more", "items", "pieces", "sorry", "could", "any", "your", "what", "how");

    static String detect(String text) {
        int lat = 0, cyr = 0, dev = 0, uk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.LATIN) lat++;
            else if (s == Character.UnicodeScript.CYRILLIC) { cyr++; if ("іїєґІЇЄҐ".indexOf(c) >= 0) uk++; }
            else if (s == Character.UnicodeScript.DEVANAGARI) dev++;
        }
        if (dev > 0 && dev * 3 >= lat) return "hi";
        if (cyr > 0 && cyr >= lat) {
            String n = Text.normalize(text);
            int ru = 0;
            for (int i = 0; i < n.length(); i++) if ("ыэъ".indexOf(n.charAt(i)) >= 0) ru++;
            return uk > ru ? "uk" : "ru";
        }
        if (lat == 0) return "und";
        return latinLanguage(Text.normalize(text));
    }

    static String latinLanguage(String norm) {
        Map<String, Double> votes = new HashMap<>();
        String[] words = norm.split("[^\\p{L}']+");
        for (String w : words) {
            if (w.length() < 2) continue; // "m" of "M8", "x" of "3 x 4" vote for nobody
            for (Map.Entry<String, CharArraySet> e : STOPS.entrySet()) {
                if (e.getValue().contains(w)) votes.merge(e.getKey(), 1.0, Double::sum);
            }
            if (HINGLISH.contains(w)) votes.merge("hi-Latn", 1.5, Double::sum);
            if (ENGLISH.contains(w)) votes.merge("en", 1.0, Double::sum);
            // number words are as telling as function words ("cuatro", "fünf"); short ones are shared too often
            if (w.length() > 3) {
                for (String l : List.of("en", "fr", "de", "es")) if (Lexicon.numberWords(l).containsKey(w)) votes.merge(l, 1.0, Double::sum);
            }
            if (w.indexOf('\'') > 0 && w.length() > 2 && (w.charAt(1) == '\'')) votes.merge("fr", 0.5, Double::sum);
            for (char c : w.toCharArray()) {
                if ("éèêçàùâîôœ".indexOf(c) >= 0) votes.merge("fr", 0.5, Double::sum);
                if ("ñ¿¡áíóú".indexOf(c) >= 0) votes.merge("es", 0.5, Double::sum);
                if ("äöüß".indexOf(c) >= 0) votes.merge("de", 0.5, Double::sum);
            }
        }
        String best = "en";
        double bv = 0;
        for (String l : List.of("en", "fr", "de", "es", "hi-Latn")) {
            double v = votes.getOrDefault(l, 0.0);
            if (v > bv) { bv = v; best = l; }
        }
        return best;
    }

    /** Latin stemmer language for request words in the given message language. */
    static String latinStemLang(String lang) {
        switch (lang) {
            case "fr": case "de": case "es": case "hi-Latn": return lang;
            default: return "en";
        }
    }

    /** Languages whose number words are looked up for a message in {@code lang}. */
    static List<String> numberLangs(String lang) {
        switch (lang) {
            case "ru": case "uk": return List.of("ru", "uk", "en");
            case "hi": return List.of("hi", "hi-Latn", "en");
            case "hi-Latn": return List.of("hi-Latn", "en");
            case "fr": return List.of("fr", "en");
            case "de": return List.of("de", "en");
            case "es": return List.of("es", "en");
            default: return List.of("en");
        }
    }
}
