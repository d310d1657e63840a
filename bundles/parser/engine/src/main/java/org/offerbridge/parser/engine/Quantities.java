package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.List;
import org.offerbridge.parser.engine.CatalogIndex.Entry;

/**
 * The quantities a fragment states, by kind.
 *
 * @param strong   numbers and number words with a count unit ("5 pcs", "two boxes", "x3")
 * @param bare     numbers without a unit; the catalog match may still claim some as attributes
 * @param words    number words without a unit ("два стула")
 * @param measures numbers with a measure unit ("75 m", "50 kg")
 * @param allWord  a word that spreads the quantity over earlier items ("each 5", "всё по 1")
 * @param article  an indefinite article ("un mixeur"): one item asked for, enough to report it unmatched
 */
record Quantities(List<Qty> strong, List<Qty> bare, List<Qty> words, List<Qty> measures, boolean allWord, boolean article) {
    Quantities {
        strong = List.copyOf(strong);
        bare = List.copyOf(bare);
        words = List.copyOf(words);
        measures = List.copyOf(measures);
    }

    /** Whether the fragment states a quantity of its own (measures do not count: they may be sizes). */
    boolean any() {
        return !strong.isEmpty() || !words.isEmpty() || !bare.isEmpty();
    }

    Quantities withBare(List<Qty> remaining) {
        return new Quantities(strong, remaining, words, measures, allWord, article);
    }

    /** The quantity chosen for a product; {@code inContainers}: already converted from content to containers. */
    record Choice(BigDecimal value, boolean inContainers) {}

    /**
     * The quantity for product {@code e} (null: none known): a count first, then a bare number, then a number word,
     * then a measure in the product's unit or a whole number of its containers. Null when the fragment has none.
     */
    Choice choose(Entry e) {
        if (!strong.isEmpty()) return new Choice(strong.get(0).value(), false);
        if (!bare.isEmpty()) return new Choice(bare.get(0).value(), false);
        if (!words.isEmpty()) return new Choice(words.get(0).value(), false);
        if (e != null) {
            for (Qty m : measures) if (m.unit() == e.unit && !e.numbers.contains(m.value().toPlainString())) return new Choice(m.value(), false);
            // "50 kg" of a "10 kg bag", "800 m" of a "roll of 400 m": whole containers only
            for (Qty m : measures) {
                BigDecimal per = e.content.get(m.unit());
                if (per == null || per.signum() <= 0 || e.unit.isMeasure() || e.numbers.contains(Text.canonNum(m.value().toPlainString()))) continue;
                BigDecimal[] dr = m.value().divideAndRemainder(per);
                if (dr[1].signum() == 0 && dr[0].signum() > 0) return new Choice(dr[0], true);
            }
        }
        return null;
    }

    /** {@link #choose}'s value, or null. */
    BigDecimal value(Entry e) {
        Choice c = choose(e);
        return c == null ? null : c.value();
    }
}
