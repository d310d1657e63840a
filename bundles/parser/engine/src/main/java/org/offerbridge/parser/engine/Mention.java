package org.offerbridge.parser.engine;

import org.offerbridge.parser.engine.CatalogIndex.Entry;

/** A fragment with its current catalog match: a possible mention of a product. */
record Mention(Fragment fragment, Match match) {
    Entry entry() {
        return match.entry();
    }

    Segment segment() {
        return fragment.segment();
    }

    Mention bySku(SkuMentions.Found f) {
        return new Mention(fragment, match.bySku(f));
    }
}
