package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.parser.engine.Fixtures.EU;
import static org.offerbridge.parser.engine.Fixtures.IN;
import static org.offerbridge.parser.engine.Fixtures.P;
import static org.offerbridge.parser.engine.Fixtures.RU;
import static org.offerbridge.parser.engine.Fixtures.SHOP;
import static org.offerbridge.parser.engine.Fixtures.lines;
import static org.offerbridge.parser.engine.Fixtures.q;

import org.junit.jupiter.api.Test;
import static org.offerbridge.parser.engine.Fixtures.OFFICE;

/** Colours, garment sizes and numbers tell near neighbours apart; a missing variant is reported, not replaced. */
class VariantDiscriminationTest {

    @Test void coloursInEveryLanguage() {
        assertEquals(q("BRETT-RT", 3, "BRETT-BL", 2), lines("Bitte 3 rote Schneidebretter und 2 blaue", EU));
        assertEquals(q("BRETT-BL", 2), lines("deux planches bleues", EU));
        assertEquals(q("BRETT-RT", 4), lines("cuatro tablas rojas", EU));
        assertEquals(q("SHT-KR", 2), lines("две красные шторы", RU));
        assertEquals(q("SHT-SN", 1), lines("штора синя, одна", RU));
        assertEquals(q("WIRE-RD", 3), lines("लाल तार 3 रोल", IN));
        assertEquals(q("WIRE-GN", 2), lines("wire hara 2 coil", IN));
    }

    @Test void missingColourIsUnmatched() {
        CatalogIndex de = CatalogIndex.build(java.util.List.of(
                new CatalogItem("BRETT-RT", "Schneidebrett Kunststoff rot", java.util.List.of(), "pcs"),
                new CatalogItem("BRETT-BL", "Schneidebrett Kunststoff blau", java.util.List.of(), "pcs")));
        ParseResult r = P.parse("Haben Sie Schneidebretter in Grün? Wir bräuchten 4 Stück.", de);
        assertTrue(r.lines().isEmpty(), r.toString());
        assertEquals(1, r.unmatched().size(), r.toString());
    }

    @Test void garmentSizes() {
        assertEquals(q("TS-RD-L", 20, "TS-RD-M", 5), lines("20 red t-shirts size L and 5 red t-shirts M", SHOP));
        ParseResult r = P.parse("10 blue t-shirts XL", SHOP);
        assertTrue(r.lines().isEmpty(), r.toString());
        assertEquals(1, r.unmatched().size());
    }

    @Test void numbersInCodes() {
        assertEquals(q("B-M8-40", 10), lines("10 hex bolts M8x40", SHOP));
        assertEquals(q("B-M8-60", 10), lines("10 hex bolts M8 x 60", SHOP));
    }

    @Test void numbersAloneNameASiblingOfThePreviousItem() {
        assertEquals(Fixtures.q("DISPLAY-27", 3, "DISPLAY-24", 5), Fixtures.lines("monitor 27 inch 3, and 24 inch 5", OFFICE));
        assertEquals(Fixtures.q("CARTRIDGE-12", 2, "CARTRIDGE-15", 4), Fixtures.lines("toner cartridge 12 ke 2 pcs aur 15 ke 4 pcs", OFFICE));
        assertEquals(Fixtures.q("SD-64", 3, "SD-32", 10), Fixtures.lines("нужны карты памяти на 64 ГБ 3 шт и на 32 ГБ 10 шт", OFFICE));
    }
}
