package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A mention with the quantity the discourse gave it ({@link Discourse}).
 *
 * @param quantity     null when the message gives none
 * @param explicit     a quantity was stated for it (possibly in another fragment: a correction, "each 5")
 * @param inContainers the quantity is already in containers ("50 kg" of a "10 kg bag" = 5): no pack conversion
 * @param borrowed     spans of the quantity words taken from other fragments
 */
record QuantifiedMention(Mention mention, BigDecimal quantity, boolean explicit, boolean inContainers, List<Span> borrowed) {
    QuantifiedMention {
        borrowed = List.copyOf(borrowed);
    }
}
