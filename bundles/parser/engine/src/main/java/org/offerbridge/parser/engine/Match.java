package org.offerbridge.parser.engine;

import java.util.List;
import java.util.Set;
import org.offerbridge.parser.engine.CatalogIndex.Entry;

/**
 * How one fragment matched the catalog ({@link CatalogMatcher}).
 *
 * @param entry          the product, or null
 * @param conflicted     a strong candidate was excluded by a differing attribute (number, colour, side, size, code)
 * @param unknown        content words that are not catalog vocabulary
 * @param unknownKeys    their keys, sorted and distinct (they name an unmatched item)
 * @param known          per token of the fragment: a content word that found catalog vocabulary
 * @param hasContent     the fragment has product words (not only numbers, units and chatter)
 * @param onlyAttributes its product words are only colours, sides and sizes (an ellipsis: "et 6 noirs")
 * @param bareAttributes tokens of bare numbers the product claimed as attributes ("Оскар 140")
 * @param sku            where the customer wrote the product's SKU, or null
 */
record Match(Entry entry, double confidence, boolean conflicted, int unknown, List<String> unknownKeys, List<Boolean> known,
             boolean hasContent, boolean onlyAttributes, Set<Integer> bareAttributes, Span sku) {
    Match {
        unknownKeys = List.copyOf(unknownKeys);
        known = List.copyOf(known);
        bareAttributes = Set.copyOf(bareAttributes);
    }

    /** The SKU names the product: nothing else in the fragment can outweigh it. */
    Match bySku(SkuMentions.Found f) {
        return new Match(f.entry(), 1.0, false, unknown, unknownKeys, known, true, false, bareAttributes, f.span());
    }

    boolean known(int token) {
        return known.get(token);
    }

    int knownCount() {
        int n = 0;
        for (boolean k : known) if (k) n++;
        return n;
    }
}
