package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.parser.engine.StageInputs.entry;
import static org.offerbridge.parser.engine.StageInputs.fragment;
import static org.offerbridge.parser.engine.StageInputs.matcher;
import static org.offerbridge.parser.engine.StageInputs.mention;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogMatcherTest {

    @Test void theCodeTellsNeighboursApart() {
        Mention m = mention("hex nuts m10");
        assertSame(entry("NUT10"), m.entry());
        assertTrue(m.match().confidence() > 0.35 && m.match().confidence() <= 1.0);
        assertEquals(List.of(true, true, true), m.match().known());
        assertSame(entry("NUT6"), mention("hex nut m6").entry());
    }

    @Test void aDifferentColourIsAConflictNotAMatch() {
        Mention m = mention("enamel mug green");
        assertNull(m.entry());
        assertTrue(m.match().conflicted());
        assertTrue(m.match().hasContent());
    }

    @Test void aBareNumberTheWinnerCarriesIsAnAttribute() {
        Mention m = mention("drill bit 10 5 pcs");
        assertSame(entry("BIT10"), m.entry());
        assertEquals(List.of(), m.fragment().quantities().bare());
        assertEquals(Set.of(2), m.match().bareAttributes());
        // the only number, before the product words: the quantity
        Mention before = mention("10 drill bit");
        assertEquals(1, before.fragment().quantities().bare().size());
        assertEquals(Set.of(), before.match().bareAttributes());
    }

    @Test void wordsOutsideTheCatalogAreCounted() {
        Match m = mention("titanium claw hammer").match();
        assertEquals(1, m.unknown());
        assertEquals(List.of("titanium"), m.unknownKeys());
        assertEquals(2, m.knownCount());
    }

    @Test void numbersAloneMatchNothing() {
        Match m = mention("5 pcs").match();
        assertNull(m.entry());
        assertFalse(m.hasContent());
    }

    @Test void anAttributeAloneIsCompletedByTheContext() {
        CatalogMatcher matcher = matcher();
        Mention red = matcher.match(fragment("enamel mug red 2"));
        Mention blue = matcher.match(fragment("blue 3"));
        assertTrue(blue.match().onlyAttributes());
        assertSame(entry("MUG-RD"), red.entry());
        assertSame(entry("MUG-BL"), matcher.rematch(blue, red, false).entry());
    }

    @Test void contextWordsOnlyLetTheNumbersPickASibling() {
        CatalogMatcher matcher = matcher();
        Mention eight = matcher.match(fragment("drill bit 8 4 pcs"));
        Mention ten = matcher.match(fragment("10 2 pcs"));
        assertNull(ten.entry());
        assertSame(entry("BIT10"), matcher.rematch(ten, eight, true).entry());
    }

    @Test void theSkuOverridesTheMatch() {
        Mention m = mention("3 pcs").bySku(new SkuMentions.Found(new Span(6, 11), entry("SAW")));
        assertSame(entry("SAW"), m.entry());
        assertEquals(1.0, m.match().confidence());
        assertTrue(m.match().hasContent());
        assertEquals(new Span(6, 11), m.match().sku());
    }
}
