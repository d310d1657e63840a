package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkuMentionsTest {
    private static final CatalogIndex IX = CatalogIndex.build(List.of(
            new CatalogItem("QX-220", "Angle grinder", List.of(), "pcs"),
            new CatalogItem("PLIERS", "Pliers", List.of(), "pcs")));

    @Test void skusAreFoundCaseInsensitivelyAndBlanked() {
        SkuMentions m = SkuMentions.find("2 x qx-220 please", IX);
        assertEquals("2 x        please", m.text());
        assertEquals(1, m.found().size());
        assertEquals(new Span(4, 10), m.found().get(0).span());
        assertSame(IX.entries.get(0), m.found().get(0).entry());
    }

    @Test void aSkuInsideALongerTokenOrShapedLikeAWordIsNot() {
        assertEquals(List.of(), SkuMentions.find("AQX-220 and QX-2201", IX).found());
        // "PLIERS" could be an ordinary word: not recognised as a SKU
        assertEquals(List.of(), SkuMentions.find("3 pliers", IX).found());
        assertEquals("3 pliers", SkuMentions.find("3 pliers", IX).text());
    }

    @Test void withinTakesTheSegmentIncludingTheBlankBeforeItsTrimmedStart() {
        SkuMentions m = SkuMentions.find("QX-220 x 3, 2 pliers", IX);
        List<Segment> segs = Segmenter.split(m.text(), "QX-220 x 3, 2 pliers");
        assertEquals("x 3", segs.get(0).source()); // the SKU itself was blanked and trimmed away
        assertSame(IX.entries.get(0), m.within(segs.get(0)).entry());
        assertNull(m.within(segs.get(1)));
    }
}
