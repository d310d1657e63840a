package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offerbridge.parser.engine.Fixtures.EU;
import static org.offerbridge.parser.engine.Fixtures.IN;
import static org.offerbridge.parser.engine.Fixtures.RU;
import static org.offerbridge.parser.engine.Fixtures.SHOP;
import static org.offerbridge.parser.engine.Fixtures.lines;
import static org.offerbridge.parser.engine.Fixtures.q;

import org.junit.jupiter.api.Test;

/** Inflection, typos, cross-script and cross-language vocabulary. */
class InflectionMatchingTest {

    @Test void inflectedForms() {
        assertEquals(q("STUL", 6), lines("нужно 6 стульев", RU));
        assertEquals(q("STOL", 2), lines("два стола обеденных", RU));
        assertEquals(q("TOPF", 3), lines("Bitte 3 Kochtöpfe", EU));
        assertEquals(q("TOPF", 2), lines("deux casseroles svp", EU));
    }

    @Test void typos() {
        assertEquals(q("CHAIR", 2), lines("need 2 ofice chairs", SHOP));
        assertEquals(q("MIXER", 1), lines("need one stand mixxer", SHOP));
        assertEquals(q("STUL", 3), lines("нужно 3 стула деревяных", RU));
    }

    @Test void ukrainianAgainstARussianCatalog() {
        assertEquals(q("UNITAZ", 2, "SIFON", 3), lines("Унітаз білий 2 шт та сифон 3 шт", RU));
        assertEquals(q("KRAN-15", 6), lines("Потрібен кран кульовий 1/2 — 6 шт", RU));
    }

    @Test void devanagariAndHinglishAgainstAnEnglishCatalog() {
        assertEquals(q("FAN", 2), lines("पंखा 2 चाहिए", IN));
        assertEquals(q("BULB", 10), lines("एलईडी बल्ब 10 पीस", IN));
        assertEquals(q("FAN", 2), lines("bhai ceiling fan do chahiye", IN));
    }
}
