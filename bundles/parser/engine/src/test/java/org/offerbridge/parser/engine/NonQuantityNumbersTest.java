package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.parser.engine.Fixtures.IN;
import static org.offerbridge.parser.engine.Fixtures.P;
import static org.offerbridge.parser.engine.Fixtures.RU;
import static org.offerbridge.parser.engine.Fixtures.SHOP;
import static org.offerbridge.parser.engine.Fixtures.lines;
import static org.offerbridge.parser.engine.Fixtures.q;

import org.junit.jupiter.api.Test;

/** Sizes, models, phones, order numbers, dates, prices and payment amounts are not quantities. */
class NonQuantityNumbersTest {

    private static void nothing(String text, CatalogIndex ix) {
        ParseResult r = P.parse(text, ix);
        assertTrue(r.lines().isEmpty() && r.unmatched().isEmpty(), r.toString());
    }

    @Test void paymentNotes() {
        nothing("payment kar diya hai bhai, 4500 bheje hain GPay pe", IN);
        nothing("भुगतान 5000 रुपये कर दिया है, रसीद भेज दीजिए", IN);
        nothing("Оплатили счёт на 12 400 руб., когда отгрузка?", RU);
        nothing("Сплатили рахунок на 3 450 грн, дякую", RU);
        assertEquals(q("CHAIR", 4), lines("Paid Rs 4,500 by UPI for the last order. Also need 4 office chairs", SHOP));
    }

    @Test void phonesDatesOrderNumbers() {
        assertEquals(q("CHAIR", 3), lines("need 3 office chairs, call +91 98220 11223, order #4521 of 12.03.2024", SHOP));
        assertEquals(q("STUL", 2), lines("Нужно 2 стула к 15 марта, заказ № 20931", RU));
    }

    @Test void sizesAndModelsAreAttributes() {
        assertEquals(q("B-M8-60", 50), lines("need 50 M8x60 hex bolts", SHOP));
        assertEquals(q("TIE", 2), lines("Please send 200 cable ties", SHOP));        // before the name: a quantity
        assertEquals(q("TIE", 3), lines("cable tie 200 mm 3 packs", SHOP));          // after it with a unit: a size
        assertEquals(q("TUBE", 20), lines("bhai tubelight 20 chahiye", SHOP));       // Hinglish: item, then quantity
        assertEquals(q("KRAN-15", 4), lines("кран шаровой 1/2 — 4 шт", RU));
    }

    @Test void reportsOnPastDeliveriesAskForNothing() {
        org.junit.jupiter.api.Assertions.assertEquals(Fixtures.q(), Fixtures.lines("Thanks, we received the 40 blue ballpoint pens yesterday.", Fixtures.OFFICE));
        org.junit.jupiter.api.Assertions.assertEquals(Fixtures.q(), Fixtures.lines("Из 10 мышек две пришли сломанные, как вернуть?", Fixtures.OFFICE));
        org.junit.jupiter.api.Assertions.assertEquals(Fixtures.q("PEN-BL", 20), Fixtures.lines(
                "The staples arrived damaged. Please send 20 blue ballpoint pens.", Fixtures.OFFICE));
    }

    @Test void rowNumbersOfListsAndTablesAreNotQuantities() {
        assertEquals(q("PEN-BL", 30, "MOUSE", 4), lines("Quote please:\n1) blue ballpoint pen - 30\n2) мышка оптическая - 4", Fixtures.OFFICE));
        assertEquals(q("SD-64", 5, "UPS-800", 2), lines("№ | Наименование | Кол-во\n1 | Карта памяти 64 ГБ | 5\n2 | ИБП 800 ВА | 2", Fixtures.OFFICE));
    }

    @Test void packSizesInBracketsDescribeThePackage() {
        assertEquals(q("STAPLE-5", 4), lines("staples 24/6 (box of 1000) - 4", Fixtures.OFFICE));
        assertEquals(q("STAPLE-5", 2), lines("2 boxes of staples (1000 per box)", Fixtures.OFFICE));
    }

    @Test void aNumberBeforeTheProductAfterAnotherProductsWordIsAQuantity() {
        CatalogIndex garden = CatalogIndex.build(java.util.List.of(
                new CatalogItem("SPR", "Pop-up sprinkler 10 cm", java.util.List.of(), "pcs"),
                new CatalogItem("TIMER", "Tap timer, one outlet", java.util.List.of(), "pcs")));
        assertEquals(q("SPR", 10), lines("Tap area: 10 pop-up sprinklers please", garden));
    }

    @Test void aPassingMentionByCodeAddsNothing() {
        assertEquals(q("PEN-BL", 40), lines("Please quote 40 blue ballpoint pens (ref. PEN-BL)", Fixtures.OFFICE));
    }

    @Test void formLabelsAreNotProductWords() {
        assertEquals(q("PEN-BL", 40), lines("Item: ballpoint pen blue. Quantity: 40.", Fixtures.OFFICE));
        assertEquals(q("MOUSE", 7), lines("Товар: мышка оптическая. Количество: 7", Fixtures.OFFICE));
    }

    @Test void vehicleRegistrationPlatesAreNotQuantities() {
        assertEquals(q("CHAIR", 2), lines("For the van KA05 MN 7731: 2 office chairs", SHOP));
    }
}
