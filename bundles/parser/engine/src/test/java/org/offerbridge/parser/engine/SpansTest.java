package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Highlighting spans: UTF-16 offsets into the original text, never shifted by normalisation. */
class SpansTest {
    private static final RequestParser P = new RequestParser();

    private static final CatalogIndex IX = CatalogIndex.build(List.of(
            new CatalogItem("CH-WH", "Plastic chair, white", List.of("white chair"), "pcs"),
            new CatalogItem("CH-BK", "Plastic chair, black", List.of("black chair"), "pcs"),
            new CatalogItem("STUL", "Стул деревянный", List.of("стул"), "pcs"),
            new CatalogItem("FAN", "Ceiling fan 1200 mm", List.of("पंखा", "pankha"), "pcs"),
            new CatalogItem("HOSE", "Garden hose 1/2 inch", List.of("hose"), "m"),
            new CatalogItem("BOL-AZ", "Bolígrafo azul", List.of(), "pcs")));

    private static ParsedLine only(String text) {
        ParseResult r = P.parse(text, IX);
        assertEquals(1, r.lines().size(), r.toString());
        return r.lines().get(0);
    }

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test void coversProductAndQuantityWords() {
        String t = "Hello, please send 5 white chairs tomorrow";
        assertEquals(List.of("5 white chairs"), texts(t, only(t).spans()));
    }

    @Test void cyrillicAndDevanagari() {
        String ru = "Здравствуйте! Нужно 5 стульев, спасибо";
        assertEquals(List.of("5 стульев"), texts(ru, only(ru).spans()));
        String hi = "नमस्ते जी, पंखा 2 चाहिए";
        assertEquals(List.of("पंखा 2"), texts(hi, only(hi).spans()));
    }

    @Test void emojiBeforeTheFragment() {
        String t = "🙂🙂👍 need 5 white chairs";
        assertEquals(List.of("5 white chairs"), texts(t, only(t).spans()));
    }

    @Test void normalisationDoesNotShiftOffsets() {
        // "ﬁ" and "İ" grow under NFKC / lower-casing, the soft hyphen disappears, full-width digits fold
        String t = "ﬁne İİ day: need ５ WHI\u00adTE CHAIRS";
        assertEquals(List.of("５ WHI\u00adTE CHAIRS"), texts(t, only(t).spans()));
        String inch = "İ need 30 m garden hose 1/2\" please";
        assertEquals(List.of("30 m garden hose 1/2\""), texts(inch, only(inch).spans()));
        String accents = "necesito 3 bolı\u0301grafos azules";
        assertEquals(List.of("3 bolı\u0301grafos azules"), texts(accents, only(accents).spans()));
    }

    @Test void mergedMentionsHaveOneSpanEach() {
        String t = "стул 4 шт\nи ещё стул 6 шт";
        ParsedLine l = only(t);
        assertEquals(new BigDecimal("10"), l.quantity());
        assertEquals(List.of("стул 4 шт", "стул 6 шт"), texts(t, l.spans()));
    }

    @Test void quantityFromAFollowUpFragment() {
        String t = "Do you have black chairs? We need 12.";
        assertEquals(List.of("black chairs", "12"), texts(t, only(t).spans()));
    }

    @Test void idiomQuantityIsCovered() {
        String t = "need half a dozen black chairs";
        assertEquals(List.of("half a dozen black chairs"), texts(t, only(t).spans()));
    }

    @Test void unmatchedItemsHaveSpans() {
        String t = "🙂 need 5 red chairs";
        ParseResult r = P.parse(t, IX);
        assertEquals(1, r.unmatched().size(), r.toString());
        assertEquals(List.of("5 red chairs"), texts(t, r.unmatched().get(0).spans()));
    }

    @Test void oldConstructorsStillWork() {
        ParsedLine l = new ParsedLine("X", BigDecimal.ONE, 0.5, "x");
        assertTrue(l.spans().isEmpty());
        Unmatched u = new Unmatched("y", null);
        assertTrue(u.spans().isEmpty());
        assertEquals(new Span(1, 3), new ParsedLine("X", BigDecimal.ONE, 0.5, "x", List.of(new Span(1, 3))).spans().get(0));
    }
}
