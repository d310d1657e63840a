package org.offerbridge.parser.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerbridge.parser.engine.CatalogIndex.Entry;

/**
 * SKUs written by the customer ("BP-I20-F x 3"): the product itself. They are blanked out of the text so that
 * their digits are not read as numbers.
 *
 * @param text  the text with every recognised SKU replaced by spaces (same length)
 * @param found the SKUs in text order
 */
record SkuMentions(String text, List<Found> found) {
    private static final Pattern SKU_TOKEN = Pattern.compile("(?<![\\p{L}\\d_/.-])[\\p{L}\\d][\\p{L}\\d._/-]*[\\p{L}\\d](?![\\p{L}\\d_/-])");

    /** A SKU at {@code span} of the message, naming {@code entry}. */
    record Found(Span span, Entry entry) {}

    SkuMentions {
        found = List.copyOf(found);
    }

    static SkuMentions find(String text, CatalogIndex ix) {
        if (ix.skus.isEmpty()) return new SkuMentions(text, List.of());
        List<Found> found = new ArrayList<>();
        Matcher km = SKU_TOKEN.matcher(text);
        char[] c = null;
        while (km.find()) {
            Entry e = ix.skus.get(km.group().toLowerCase(Locale.ROOT));
            if (e == null) continue;
            if (c == null) c = text.toCharArray();
            for (int i = km.start(); i < km.end(); i++) c[i] = ' ';
            found.add(new Found(new Span(km.start(), km.end()), e));
        }
        return new SkuMentions(c == null ? text : new String(c), found);
    }

    /** The first SKU written in the segment, including the blank it left before the segment's trimmed start; or null. */
    Found within(Segment s) {
        for (Found f : found) {
            if (f.span().start() >= s.rawStart() && f.span().end() <= s.end()) return f;
        }
        return null;
    }
}
