package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Feature-level tests on small hand-made catalogs (not the dev sample). */
class RequestParserTest {
    private static final RequestParser P = new RequestParser();

    private static final CatalogIndex HW = CatalogIndex.build(List.of(
            new CatalogItem("B-M6-30", "M6 hex bolt 30 mm", List.of("M6x30 bolt"), "pcs"),
            new CatalogItem("B-M6-50", "M6 hex bolt 50 mm", List.of("M6x50 bolt"), "pcs"),
            new CatalogItem("N-M6", "M6 hex nut (box of 100)", List.of("M6 nut"), "box"),
            new CatalogItem("CH-WH", "Plastic chair, white", List.of("white chair"), "pcs"),
            new CatalogItem("CH-BK", "Plastic chair, black", List.of("black chair"), "pcs"),
            new CatalogItem("GL", "Work gloves", List.of("gloves"), "pair"),
            new CatalogItem("TP", "Teflon tape 12 mm x 10 m", List.of("teflon tape"), "roll"),
            new CatalogItem("HOSE", "Garden hose 1/2 inch", List.of("hose"), "m")));

    private static final CatalogIndex RU = CatalogIndex.build(List.of(
            new CatalogItem("STUL", "Стул деревянный", List.of("стул"), "pcs"),
            new CatalogItem("STOL-120", "Стол обеденный 120x80 см", List.of("стол 120"), "pcs"),
            new CatalogItem("STOL-160", "Стол обеденный 160x90 см", List.of("стол 160"), "pcs"),
            new CatalogItem("DV-L", "Диван угловой, угол левый", List.of(), "pcs"),
            new CatalogItem("DV-R", "Диван угловой, угол правый", List.of(), "pcs")));

    private static Map<String, BigDecimal> lines(String text, CatalogIndex ix) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (ParsedLine l : P.parse(text, ix).lines()) {
            m.put(l.sku(), l.quantity());
            assertTrue(l.confidence() >= 0 && l.confidence() <= 1);
        }
        return m;
    }

    private static Map<String, BigDecimal> q(Object... kv) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], new BigDecimal(kv[i + 1].toString()));
        return m;
    }

    @Test void numberWordsPerLanguage() {
        assertEquals(q("STUL", 5), lines("нужно пять стульев", RU));
        assertEquals(q("STUL", 3), lines("потрібно три стул", RU));
        assertEquals(q("CH-WH", 4), lines("please quote four white chairs", HW));
        assertEquals(q("GL", 2), lines("bhai gloves do chahiye", HW));
    }

    @Test void idioms() {
        assertEquals(q("CH-BK", 12), lines("need a dozen black chairs", HW));
        assertEquals(q("CH-BK", 6), lines("need half a dozen black chairs", HW));
        assertEquals(q("STUL", 2), lines("нужно пару стульев", RU));
        assertEquals(q("GL", 12), lines("need 12 pairs of gloves", HW));
    }

    @Test void inflectionMatching() {
        assertEquals(q("STOL-160", 2), lines("нужны 2 стола 160", RU));
    }

    @Test void nonQuantityNumbersAreNotQuantities() {
        assertEquals(q("STOL-120", 1), lines("Нужен стол 120x80, звоните +7 912 345-67-89", RU));
        assertEquals(q("B-M6-30", 40), lines("need 40 nos M6x30 bolts, price Rs 5 each", HW));
    }

    @Test void confusableNeighboursAndMissingVariants() {
        assertEquals(q("B-M6-50", 10), lines("need 10 M6x50 bolts", HW));
        assertEquals(q("DV-R", 1), lines("нужен угловой диван правый угол", RU));
        ParseResult r = P.parse("need 5 red chairs", HW);
        assertTrue(r.lines().isEmpty(), r.toString());
        assertEquals(1, r.unmatched().size());
    }

    @Test void mergingCorrectionsAndMultipliers() {
        assertEquals(q("STUL", 10), lines("стул 4 шт\nи ещё стул 6 шт", RU));
        assertEquals(q("CH-WH", 300), lines("need white chairs 200... no, 300", HW));
        assertEquals(q("CH-WH", 6), lines("For each of 3 flats: 2 white chairs", HW));
    }

    @Test void packConversionAndMeasureQuantities() {
        assertEquals(q("N-M6", 10), lines("need 1000 M6 nuts", HW));
        assertEquals(q("N-M6", 3), lines("need 3 boxes M6 nuts", HW));
        assertEquals(q("HOSE", 25), lines("need 25 m garden hose", HW));
        assertEquals(q("TP", 10), lines("teflon tape 10 chahiye", HW));
    }

    @Test void emptyRequests() {
        ParseResult r = P.parse("Thanks, the chairs arrived yesterday!", HW);
        assertTrue(r.lines().isEmpty() && r.unmatched().isEmpty(), r.toString());
        r = P.parse("", HW);
        assertTrue(r.lines().isEmpty() && r.unmatched().isEmpty());
        assertEquals("ru", P.parse("Спасибо, всё получили", RU).language());
    }
}
