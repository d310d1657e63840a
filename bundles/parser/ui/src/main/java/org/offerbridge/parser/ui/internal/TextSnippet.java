package org.offerbridge.parser.ui.internal;

/** The first words of a request for the list: whitespace collapsed, cut at a word end, never inside a character. */
final class TextSnippet {
    private TextSnippet() {
    }

    static String firstWords(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() <= maxChars) {
            return s;
        }
        int cut = s.lastIndexOf(' ', maxChars);
        if (cut <= maxChars / 2) {
            cut = maxChars;
            if (Character.isLowSurrogate(s.charAt(cut)) && Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
        }
        return s.substring(0, cut).strip() + "…";
    }
}
