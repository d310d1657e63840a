package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offerbridge.parser.engine.Fixtures.EU;
import static org.offerbridge.parser.engine.Fixtures.IN;
import static org.offerbridge.parser.engine.Fixtures.RU;
import static org.offerbridge.parser.engine.Fixtures.SHOP;
import static org.offerbridge.parser.engine.Fixtures.lines;
import static org.offerbridge.parser.engine.Fixtures.q;

import org.junit.jupiter.api.Test;

/** Corrections, repeated mentions and multipliers over the whole message. */
class CorrectionsTest {

    @Test void correctionsInWords() {
        assertEquals(q("CHAIR", 15), lines("10 office chairs please. Actually make it 15 instead of 10.", SHOP));
        assertEquals(q("CHAIR", 6), lines("please send 5 office chairs, sorry make it 6", SHOP));
        assertEquals(q("STUL", 15), lines("стулья 10 шт, нет, лучше 15", RU));
        assertEquals(q("TOPF", 12), lines("Bitte 10 Kochtöpfe, nein, statt 10 bitte 12", EU));
        assertEquals(q("TOPF", 4), lines("3 casseroles, non pardon, 4 casseroles", EU));
        assertEquals(q("TOPF", 6), lines("necesito 4 ollas, perdón, 6", EU));
        assertEquals(q("FAN", 15), lines("ceiling fan 10 nahi 15 chahiye", IN));
        assertEquals(q("FAN", 15), lines("पंखा 12 पीस नहीं, 15 पीस चाहिए", IN));
    }

    @Test void repeatedMentionsMerge() {
        assertEquals(q("STUL", 10), lines("стул 4 шт\nи ещё стул 6 шт", RU));
    }

    @Test void multipliers() {
        assertEquals(q("CHAIR", 10, "MIXER", 6), lines("All items x2: 5 office chairs, 3 stand mixers", SHOP));
        assertEquals(q("CHAIR", 6), lines("For each of 3 flats: 2 office chairs", SHOP));
        assertEquals(q("STUL", 4, "STOL", 2), lines("На каждую из 2 квартир: два стула и стол", RU));
        assertEquals(q("TOPF", 2, "PFANNE", 2), lines("Für jede der 2 Filialen: ein Kochtopf und eine Bratpfanne", EU));
    }

    @Test void oneQuantityForSeveralItems() {
        assertEquals(q("TS-RD-M", 5, "TS-RD-L", 5), lines("red t-shirts M and red t-shirts L, each 5", SHOP));
    }

    @Test void correctionsAfterASentenceOrWithFillers() {
        assertEquals(q("TOPF", 5), lines("olla de 20 cm, 3 unidades. perdona, que sean 5", EU));
        assertEquals(q("PFANNE", 4), lines("poêle 28 cm 2 pièces, euh finalement 4 pièces", EU));
        assertEquals(q("PFANNE", 6), lines("En el pedido puse 3 sartenes, pero son 6", EU));
    }
}
