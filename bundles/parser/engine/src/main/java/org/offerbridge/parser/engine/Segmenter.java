package org.offerbridge.parser.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cleaned message into item fragments at lines, semicolons, commas (not decimal commas), sentence ends,
 * "+" and "and"-type conjunctions in the supported languages, and marks the fragments of sentences that report on
 * goods already delivered, damaged or to be returned.
 */
final class Segmenter {
    private Segmenter() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SPLIT = Pattern.compile(
            "\\r?\\n|;|(?<!\\d),|,(?!\\d)|[.!?…।]+(?=\\s|$)|।|\\s\\+\\s?|^\\+|\\s(?:and|&|и|і|та|й|et|und|y|aur|और|plus|also|as well as|ainsi que|sowie|a также)\\s",
            FLAGS);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?।\\n]+(?:[.!?।]+|$)");
    /** Past deliveries, damage and returns: "we received", "3 der 20 Kartons beschädigt", "всё пришло", "वापस". */
    private static final Pattern REPORT = Pattern.compile("(?<![\\p{L}])(?:received|arrived|delivered|damaged|broken|return|returned|"
            + "reçu|reçue|reçus|arrivé\\p{L}*|endommag\\p{L}*|cassé\\p{L}*|retourner|"
            + "erhalten|angekommen|geliefert|beschädigt|kaputt|zurückschicken|zurückgeben|"
            + "recibido|recibimos|llegado|llegó|dañad\\p{L}*|devolver|devolución|"
            + "получили|пришло|пришли|пришел|пришёл|поврежд\\p{L}*|вернуть|возврат\\p{L}*|"
            + "отримали|прийшло|прийшли|пошкоджен\\p{L}*|повернути|повернення|"
            + "पहुंचा|पहुँचा|पहुंची|पहुँची|खराब|वापस|pahuncha|pahunchi|kharab|wapas|vapas)(?![\\p{L}])", FLAGS);

    /**
     * The non-blank fragments of {@code cleaned}, a length-preserving rewrite of {@code original}: offsets are those
     * of the original, and each fragment carries the original's text of its range too.
     */
    static List<Segment> split(String cleaned, String original) {
        List<int[]> ranges = new ArrayList<>(); // rawStart, start, end
        Matcher sm = SPLIT.matcher(cleaned);
        int last = 0;
        while (sm.find()) { addRange(ranges, cleaned, last, sm.start()); last = sm.end(); }
        addRange(ranges, cleaned, last, cleaned.length());

        boolean[] report = new boolean[ranges.size()];
        Matcher sent = SENTENCE.matcher(cleaned);
        while (sent.find()) {
            if (!REPORT.matcher(sent.group()).find()) continue;
            for (int k = 0; k < ranges.size(); k++) {
                int start = ranges.get(k)[1];
                if (start >= sent.start() && start < sent.end()) report[k] = true;
            }
        }
        List<Segment> out = new ArrayList<>(ranges.size());
        for (int k = 0; k < ranges.size(); k++) {
            int[] r = ranges.get(k);
            out.add(new Segment(cleaned.substring(r[1], r[2]), original.substring(r[1], r[2]), r[1], r[0], report[k]));
        }
        return out;
    }

    private static void addRange(List<int[]> ranges, String t, int start, int end) {
        int raw = start;
        while (start < end && Character.isWhitespace(t.charAt(start))) start++;
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) end--;
        if (start < end) ranges.add(new int[] {raw, start, end});
    }
}
