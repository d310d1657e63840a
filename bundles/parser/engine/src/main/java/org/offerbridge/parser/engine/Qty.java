package org.offerbridge.parser.engine;

import java.math.BigDecimal;
import org.offerbridge.parser.engine.Lexicon.Unit;

/**
 * A number read as a possible quantity.
 *
 * @param unit  the count unit (dozens already multiplied out), a measure unit, or null for a bare number or word
 * @param token index of the number's token in its fragment, -1 for a phrase of several number words
 */
record Qty(BigDecimal value, Unit unit, int token) {}
