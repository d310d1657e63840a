package org.offerbridge.parser.engine;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rewritten text that remembers, for every character, the range of the original text it came from, so that
 * normalisation (NFKC, lower-casing, unit splitting) never shifts the offsets reported to the UI. Immutable.
 */
final class MappedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    final String text;
    private final int[] from; // original start of each char
    private final int[] to;   // original end (exclusive) of each char
    private final int originalLength;

    private MappedText(String text, int[] from, int[] to, int originalLength) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.originalLength = originalLength;
    }

    /** The identity mapping of {@code s}. */
    static MappedText of(String s) {
        int[] f = new int[s.length()], t = new int[s.length()];
        for (int i = 0; i < s.length(); i++) { f[i] = i; t[i] = i + 1; }
        return new MappedText(s, f, t, s.length());
    }

    /** Original range [start, end) of the characters [start, end) of this text. */
    int originalStart(int i) { return i < text.length() ? from[i] : originalLength; }

    int originalEnd(int iExclusive) { return iExclusive > 0 ? to[iExclusive - 1] : 0; }

    /** NFKC and root lower-casing, chunk by chunk between normalisation boundaries (same result as whole-string). */
    MappedText nfkcLower() {
        if (NFKC.isNormalized(text)) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() == text.length()) return new MappedText(lower, from, to, originalLength); // 1:1, the common case
        }
        Builder b = new Builder(text.length() + 8, originalLength);
        int i = 0;
        while (i < text.length()) {
            int j = i + Character.charCount(text.codePointAt(i));
            while (j < text.length() && !NFKC.hasBoundaryBefore(text.codePointAt(j))) j += Character.charCount(text.codePointAt(j));
            String chunk = text.substring(i, j);
            String out = NFKC.isNormalized(chunk) ? chunk : NFKC.normalize(chunk);
            out = out.toLowerCase(Locale.ROOT);
            int f = from[i], t = to[j - 1];
            if (out.length() == j - i) {
                for (int k = 0; k < out.length(); k++) b.add(out.charAt(k), from[i + k], to[i + k]);
            } else {
                for (int k = 0; k < out.length(); k++) b.add(out.charAt(k), f, t);
            }
            i = j;
        }
        return b.build();
    }

    /** Replaces single characters; a replacement may be empty or longer (its chars keep the source char's range). */
    MappedText mapChars(CharMapper m) {
        Builder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = m.map(c);
            if (b == null) {
                if (r == null) continue;
                b = new Builder(text.length() + 8, originalLength);
                for (int k = 0; k < i; k++) b.add(text.charAt(k), from[k], to[k]);
            }
            if (r == null) b.add(c, from[i], to[i]);
            else for (int k = 0; k < r.length(); k++) b.add(r.charAt(k), from[i], to[i]);
        }
        return b == null ? this : b.build();
    }

    interface CharMapper {
        /** The replacement of {@code c}, or null to keep it. */
        String map(char c);
    }

    /** Like {@link Matcher#replaceAll(String)} for templates of literals and {@code $n}; literals map to the match. */
    MappedText replaceAll(Pattern p, String template) {
        Matcher m = p.matcher(text);
        if (!m.find()) return this;
        Builder b = new Builder(text.length() + 16, originalLength);
        int last = 0;
        do {
            copy(b, last, m.start());
            int ms = originalStart(m.start()), me = m.end() > m.start() ? to[m.end() - 1] : ms;
            for (int k = 0; k < template.length(); k++) {
                char c = template.charAt(k);
                if (c == '$' && k + 1 < template.length() && Character.isDigit(template.charAt(k + 1))) {
                    int g = template.charAt(++k) - '0';
                    if (m.start(g) >= 0) copy(b, m.start(g), m.end(g));
                } else {
                    b.add(c, ms, me);
                }
            }
            last = m.end();
        } while (m.find());
        copy(b, last, text.length());
        return b.build();
    }

    /** Replaces every occurrence of a literal. */
    MappedText replaceLiteral(String literal, String replacement) {
        if (!text.contains(literal)) return this;
        return replaceAll(Pattern.compile(Pattern.quote(literal)), replacement.replace("$", ""));
    }

    private void copy(Builder b, int start, int end) {
        for (int k = start; k < end; k++) b.add(text.charAt(k), from[k], to[k]);
    }

    private static final class Builder {
        private final StringBuilder sb;
        private int[] f, t;
        private final int originalLength;

        Builder(int cap, int originalLength) {
            sb = new StringBuilder(cap);
            f = new int[cap];
            t = new int[cap];
            this.originalLength = originalLength;
        }

        void add(char c, int start, int end) {
            int n = sb.length();
            if (n == f.length) { f = Arrays.copyOf(f, n * 2 + 8); t = Arrays.copyOf(t, n * 2 + 8); }
            sb.append(c);
            f[n] = start;
            t[n] = end;
        }

        MappedText build() {
            int n = sb.length();
            return new MappedText(sb.toString(), Arrays.copyOf(f, n), Arrays.copyOf(t, n), originalLength);
        }
    }
}
