package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.offerbridge.parser.engine.StageInputs.entry;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerbridge.parser.engine.Lexicon.Unit;

class QuantitiesTest {

    private static Qty q(String v, Unit u) {
        return new Qty(new BigDecimal(v), u, -1);
    }

    private static Quantities measures(Qty... m) {
        return new Quantities(List.of(), List.of(), List.of(), List.of(m), false, false);
    }

    @Test void aCountComesFirstThenABareNumberThenAWord() {
        Quantities all = new Quantities(List.of(q("4", Unit.BOX)), List.of(q("7", null)), List.of(q("2", null)), List.of(), false, false);
        assertEquals(new Quantities.Choice(new BigDecimal("4"), false), all.choose(null));
        Quantities noCount = new Quantities(List.of(), List.of(q("7", null)), List.of(q("2", null)), List.of(), false, false);
        assertEquals(new BigDecimal("7"), noCount.value(entry("SAW")));
        assertEquals(new BigDecimal("2"), noCount.withBare(List.of()).value(entry("SAW")));
    }

    @Test void aMeasureInTheProductsUnit() {
        assertEquals(new Quantities.Choice(new BigDecimal("30"), false), measures(q("30", Unit.M)).choose(entry("ROPE")));
        assertNull(measures(q("30", Unit.M)).choose(null));
        assertNull(measures(q("30", Unit.KG)).choose(entry("ROPE")));
    }

    @Test void aMeasureOfContentIsAWholeNumberOfContainers() {
        assertEquals(new Quantities.Choice(new BigDecimal("4"), true), measures(q("100", Unit.KG)).choose(entry("CEMENT")));
        assertNull(measures(q("90", Unit.KG)).choose(entry("CEMENT")));
        assertNull(measures(q("25", Unit.KG)).choose(entry("CEMENT"))); // the container's own size
    }

    @Test void anyCountsQuantitiesNotMeasures() {
        assertEquals(false, measures(q("3", Unit.M)).any());
        assertEquals(true, measures().withBare(List.of(q("3", null))).any());
    }
}
