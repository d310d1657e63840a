package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offerbridge.parser.engine.Fixtures.EU;
import static org.offerbridge.parser.engine.Fixtures.IN;
import static org.offerbridge.parser.engine.Fixtures.RU;
import static org.offerbridge.parser.engine.Fixtures.SHOP;
import static org.offerbridge.parser.engine.Fixtures.lines;
import static org.offerbridge.parser.engine.Fixtures.q;

import org.junit.jupiter.api.Test;

/** Quantities written as words, idioms and articles in the eight languages; dozens of packs. */
class QuantityWordsTest {

    @Test void numberWords() {
        assertEquals(q("CHAIR", 5), lines("please quote five office chairs", SHOP));
        assertEquals(q("STUL", 5), lines("нужно пять стульев", RU));
        assertEquals(q("SIFON", 5), lines("потрібно п'ять сифонів", RU));
        assertEquals(q("TOPF", 5), lines("Bitte fünf Kochtöpfe", EU));
        assertEquals(q("TOPF", 3), lines("Je voudrais trois casseroles", EU));
        assertEquals(q("TOPF", 4), lines("Necesito cuatro ollas", EU));
        assertEquals(q("FAN", 5), lines("पंखा पाँच चाहिए", IN));
        assertEquals(q("FAN", 5), lines("bhai ceiling fan paanch chahiye", IN));
    }

    @Test void idioms() {
        assertEquals(q("CHAIR", 12), lines("need a dozen office chairs", SHOP));
        assertEquals(q("STUL", 2), lines("нужно пару стульев", RU));
        assertEquals(q("TOPF", 12), lines("il nous faut une douzaine de casseroles", EU));
        assertEquals(q("TOPF", 6), lines("media docena de ollas por favor", EU));
    }

    @Test void articlesMeanOne() {
        assertEquals(q("TOPF", 1, "PFANNE", 1), lines("Wir brauchen einen Kochtopf und eine Bratpfanne", EU));
        assertEquals(q("TOPF", 1, "PFANNE", 1), lines("Je voudrais une casserole et une poêle", EU));
        assertEquals(q("TOPF", 1, "PFANNE", 1), lines("Necesito una olla y una sartén", EU));
        assertEquals(q("FAN", 1), lines("एक पंखा चाहिए", IN));
        assertEquals(q("FAN", 1), lines("ek ceiling fan chahiye", IN));
        ParseResult r = Fixtures.P.parse("Je voudrais une casserole. Et un mixeur plongeant.", EU);
        assertEquals(1, r.unmatched().size(), r.toString()); // the article makes the unknown item a request
    }

    @Test void dozensOfPacksCountPacks() {
        assertEquals(q("SOCKS", 24), lines("2 dozen packs of socks", SHOP));
        assertEquals(q("SOCKS", 12), lines("need a dozen packs of socks", SHOP));
    }

    @Test void multiplicationSign() {
        assertEquals(q("TS-RD-M", 10, "TS-RD-L", 12), lines("Need T-shirts:\nred M x 10\nred L x 12", SHOP));
    }
}
