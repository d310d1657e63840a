package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offerbridge.parser.engine.Fixtures.EU;
import static org.offerbridge.parser.engine.Fixtures.IN;
import static org.offerbridge.parser.engine.Fixtures.OFFICE;
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

    @Test void skusWrittenByTheCustomer() {
        assertEquals(q("TS-RD-L", 4, "B-M8-60", 25), lines("TS-RD-L x 4\nB-M8-60 x 25", SHOP));
        assertEquals(q("SOAP-5", 3, "PEN-BL", 40), lines("SOAP-5 x 3, PEN-BL x 40 pls", OFFICE));
    }

    @Test void timesSignBeforeTheCount() {
        assertEquals(q("CHAIR", 3, "MIXER", 2), lines("office chair x3, stand mixer x 2", SHOP));
        assertEquals(q("SOAP-5", 4, "SOAP-1", 6), lines("please send 4 x 5 l liquid soap refills and 6 x 1 l liquid soap", OFFICE));
    }

    @Test void thousandsSeparators() {
        assertEquals(q("PEN-BL", 1500), lines("please quote 1,500 blue ballpoint pens", OFFICE));
        assertEquals(q("PEN-BL", 2000), lines("we need 2000 blue ballpoint pens", OFFICE)); // a round number is not a year
    }

    @Test void moreCountingWords() {
        assertEquals(q("STUL", 10), lines("нужен десяток стульев", RU));
        assertEquals(q("FAN", 5), lines("पंखा पांच चाहिए", IN)); // anusvara spelling of पाँच
        assertEquals(q("FAN", 10), lines("ceiling fan dus chahiye", IN));
        assertEquals(q("UPS-800", 2), lines("бесперебойник 800 пару штук", OFFICE)); // not 800 pairs
        assertEquals(q("MOUSE", 5), lines("нужно пять мышек", OFFICE)); // fleeting vowel of the genitive plural
    }

    @Test void measuresBecomeWholeContainersOfTheCatalogItem() {
        assertEquals(q("RICE-25", 4), lines("please quote chawal 100 kg", OFFICE));          // 25 kg bags
        assertEquals(q("RICE-25", 8, "SUGAR", 300), lines("rice 2 quintal, cheeni 3 quintal chahiye", OFFICE));
        assertEquals(q("TEA-250", 8), lines("need tea leaves 2 kg", OFFICE));                // 250 g packets
        assertEquals(q("HOSE-30", 3), lines("garden hose 90 m please", OFFICE));            // rolls of 30 m
        assertEquals(q("RICE-25", 6), lines("chawal 6 bori chahiye", OFFICE));                 // a count of bags
    }

    @Test void dandaEndsASentence() {
        assertEquals(q("FAN", 2, "BULB", 4), lines("पंखा 2 चाहिए। एलईडी बल्ब 4 चाहिए।", IN));
    }

    @Test void hyphenatedHalfDozen() {
        org.junit.jupiter.api.Assertions.assertEquals(Fixtures.q("CHAIR", 6), Fixtures.lines("a half-dozen office chairs please", Fixtures.SHOP));
    }

    @Test void aNumberWordThatIsProductVocabularyIsNotTheQuantity() {
        CatalogIndex net = CatalogIndex.build(java.util.List.of(
                new CatalogItem("UTP-M", "Кабель витая пара UTP, на отрез", java.util.List.of(), "m"),
                new CatalogItem("RJ45", "Коннектор RJ-45, упаковка 100 шт", java.util.List.of(), "pack")));
        org.junit.jupiter.api.Assertions.assertEquals(Fixtures.q("UTP-M", 40), Fixtures.lines("витая пара 40 метров для офиса", net));
        org.junit.jupiter.api.Assertions.assertEquals(Fixtures.q("RJ45", 2), Fixtures.lines("пару упаковок коннекторов rj-45", net));
    }
}
