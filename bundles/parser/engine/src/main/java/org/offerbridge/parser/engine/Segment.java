package org.offerbridge.parser.engine;

/**
 * A fragment of the message between separators ({@link Segmenter}).
 *
 * @param source   the cleaned text of the fragment, trimmed (analysed)
 * @param original the same range of the original message (reported)
 * @param offset   start of {@code source} in the message (cleaning preserves length: offsets are the original's)
 * @param rawStart start of the fragment before trimming (a SKU taken out of the text may stand there)
 * @param report   in a sentence about goods received, damaged or returned: it asks for nothing
 */
record Segment(String source, String original, int offset, int rawStart, boolean report) {
    int end() {
        return offset + source.length();
    }
}
