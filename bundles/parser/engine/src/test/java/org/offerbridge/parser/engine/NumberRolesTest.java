package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.parser.engine.StageInputs.fragment;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerbridge.parser.engine.Lexicon.Unit;

class NumberRolesTest {

    private static List<String> values(List<Qty> q) {
        return q.stream().map(x -> x.value().toPlainString() + (x.unit() == null ? "" : " " + x.unit())).toList();
    }

    @Test void aNumberWithACountUnitIsAQuantity() {
        Fragment f = fragment("5 boxes of gloves");
        assertEquals(List.of(Role.QTY, Role.UNIT, Role.STOP, Role.CONTENT), f.roles());
        assertEquals(List.of("5 BOX"), values(f.quantities().strong()));
    }

    @Test void aNumberWithoutUnitStaysBareForTheMatchToDecide() {
        Fragment f = fragment("hammers 7");
        assertEquals(List.of(Role.CONTENT, Role.BARE), f.roles());
        assertEquals(List.of("7"), values(f.quantities().bare()));
        assertEquals(1, f.quantities().bare().get(0).token());
    }

    @Test void measuresSizesAndLongNumbers() {
        Fragment rope = fragment("rope 25 m");
        assertEquals(List.of(Role.CONTENT, Role.MEASURE, Role.UNIT), rope.roles());
        assertEquals(List.of("25 M"), values(rope.quantities().measures()));
        assertEquals(List.of(Role.CONTENT, Role.CONTENT, Role.ATTR, Role.UNIT), fragment("drill bit 12 mm").roles());
        assertEquals(Role.ATTR, fragment("hammer 40213").roles().get(1)); // five digits: a code, not a quantity
        assertEquals(Role.ATTR, fragment("gloves (carton 40)").roles().get(2)); // the pack described in brackets
    }

    @Test void dozensTimesSignsAndThousands() {
        assertEquals(List.of("24 PCS"), values(fragment("2 dozen mugs").quantities().strong()));
        assertEquals(List.of("4 PCS"), values(fragment("saws x4").quantities().strong()));
        assertEquals(List.of("3 PCS"), values(fragment("saw x 3").quantities().strong()));
        assertEquals(List.of("1500"), values(fragment("1.500 mugs").quantities().bare()));
        Fragment cans = fragment("6 x 5 l paint");
        assertEquals(List.of("6 PCS"), values(cans.quantities().strong()));
        assertEquals(List.of("5 L"), values(cans.quantities().measures()));
    }

    @Test void aLongerIdiomIsReadWholeBeforeTheShorterOneInsideIt() {
        assertEquals(List.of("6 PCS"), values(fragment("une demi douzaine de marteaux").quantities().strong()));
        assertEquals(List.of("6 PCS"), values(fragment("a half-dozen saws").quantities().strong()));
        for (int i = 1; i < Lexicon.IDIOMS.size(); i++) {
            assertTrue(Lexicon.IDIOMS.get(i - 1).getKey().length() >= Lexicon.IDIOMS.get(i).getKey().length());
        }
    }

    @Test void numberWordsArticlesAndAllWords() {
        assertEquals(List.of("3"), values(fragment("three saws").quantities().words()));
        assertEquals(List.of("2 BOX"), values(fragment("two boxes of gloves").quantities().strong()));
        Fragment a = fragment("a saw");
        assertTrue(a.quantities().article());
        assertEquals(List.of(Role.STOP, Role.CONTENT), a.roles());
        Fragment each = fragment("each 2");
        assertTrue(each.quantities().allWord());
        assertEquals(List.of("2"), values(each.quantities().bare()));
    }

    @Test void aNumberWordThatIsCatalogVocabularyIsAProductWordWhenTheQuantityIsGivenOtherwise() {
        // "couple" is 2 in English and a word of "Hose couple"
        Fragment f = fragment("hose couple 3 pcs");
        assertEquals(List.of(Role.CONTENT, Role.CONTENT, Role.QTY, Role.UNIT), f.roles());
        assertEquals(List.of(), f.quantities().words());
        assertEquals(List.of(new Qty(BigDecimal.valueOf(2), null, 0)), fragment("couple of saws").quantities().words());
    }

    @Test void offsetsMapBackToTheSegment() {
        Fragment f = fragment("ＳＡＷ 5");
        assertEquals(List.of(Role.CONTENT, Role.BARE), f.roles());
        Text.Tok five = f.toks().get(1);
        assertEquals(4, f.norm().originalStart(five.start));
        assertEquals(Unit.PCS, fragment("5 pcs saw").quantities().strong().get(0).unit());
    }
}
