package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.parser.engine.StageInputs.entry;
import static org.offerbridge.parser.engine.StageInputs.fragment;
import static org.offerbridge.parser.engine.StageInputs.mention;
import static org.offerbridge.parser.engine.StageInputs.quantified;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscourseTest {

    private static String describe(QuantifiedMention q) {
        String sku = q.mention().entry() == null ? "-" : q.mention().entry().item.sku();
        return sku + " " + (q.quantity() == null ? "?" : q.quantity().toPlainString()) + (q.explicit() ? "" : " implicit");
    }

    private static List<String> describe(String text) {
        return quantified(text).stream().map(DiscourseTest::describe).toList();
    }

    @Test void ownQuantities() {
        assertEquals(List.of("HAM 2", "SAW 3"), describe("2 claw hammers, 3 hand saws"));
        assertEquals(List.of("HAM ? implicit"), describe("claw hammer"));
    }

    @Test void aQuantityInTheNextFragmentGoesToTheItemBefore() {
        List<QuantifiedMention> q = quantified("claw hammers. we need 4");
        assertEquals(List.of("HAM 4", "- ? implicit"), q.stream().map(DiscourseTest::describe).toList());
        assertEquals(List.of(new Span(22, 23)), q.get(0).borrowed());
    }

    @Test void anAllWordSpreadsTheQuantityOverThePendingItems() {
        assertEquals(List.of("HAM 3", "SAW 3", "- ? implicit"), describe("claw hammers, hand saws, each 3"));
    }

    @Test void aCorrectionReplacesThePreviousQuantityAndIsNoMentionOfItsOwn() {
        List<QuantifiedMention> q = quantified("6 claw hammers, sorry 8");
        assertEquals(List.of("HAM 8"), q.stream().map(DiscourseTest::describe).toList());
        assertEquals(List.of(new Span(22, 23)), q.get(0).borrowed());
    }

    @Test void reportsAskForNothing() {
        String delivered = "2 claw hammers";
        Mention report = StageInputs.matcher().match(StageInputs.roles(delivered).read(new Segment(delivered, delivered, 0, 0, true)));
        List<QuantifiedMention> q = new Discourse(StageInputs.matcher()).resolve(List.of(report, mention("3 hand saws")));
        assertEquals(List.of("SAW 3"), q.stream().map(DiscourseTest::describe).toList());
    }

    @Test void ellipsesAreCompletedByThePreviousProduct() {
        assertEquals(List.of("MUG-RD 2", "MUG-BL 3"), describe("enamel mugs red 2, blue 3"));
        assertEquals(List.of("BIT8 4", "BIT10 2"), describe("drill bit 8 4 pcs, 10 2 pcs"));
    }

    @Test void aMeasureOfContentIsCountedInContainers() {
        QuantifiedMention q = quantified("cement 75 kg").get(0);
        assertSame(entry("CEMENT"), q.mention().entry());
        assertEquals(new BigDecimal("3"), q.quantity());
        assertTrue(q.inContainers());
    }

    @Test void numericEllipsisAndCorrectionWords() {
        assertTrue(Discourse.numericEllipsis(fragment("10 2 pcs")));
        assertTrue(Discourse.numericEllipsis(fragment("12 mm 4")));
        assertFalse(Discourse.numericEllipsis(fragment("4 pcs")));
        assertTrue(Discourse.hasCorrection(mention("sorry, 5")));
        assertFalse(Discourse.hasCorrection(mention("5 saws")));
        assertNull(mention("sorry, 5").entry());
    }
}
