package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> sources(String text) {
        return Segmenter.split(text, text).stream().map(Segment::source).toList();
    }

    @Test void splitsAtLinesSemicolonsCommasAndConjunctions() {
        assertEquals(List.of("4 hammers", "1,5 m rope", "2 saws", "3 mugs", "6 nuts"),
                sources("4 hammers, 1,5 m rope; 2 saws and 3 mugs\n6 nuts"));
    }

    @Test void blankFragmentsAreDropped() {
        assertEquals(List.of(), sources(" ; ,\n "));
    }

    @Test void sourceIsTheCleanedTextOriginalAndOffsetsAreTheMessages() {
        String original = "ab 12 cd,  ef";
        String cleaned = "ab    cd,  ef"; // a cleaner blanked "12"
        List<Segment> s = Segmenter.split(cleaned, original);
        assertEquals(2, s.size());
        assertEquals("ab    cd", s.get(0).source());
        assertEquals("ab 12 cd", s.get(0).original());
        assertEquals(0, s.get(0).offset());
        assertEquals("ef", s.get(1).source());
        assertEquals(11, s.get(1).offset());
        assertEquals(9, s.get(1).rawStart()); // before trimming: right after the comma
        assertEquals(13, s.get(1).end());
    }

    @Test void fragmentsOfASentenceAboutDeliveredGoodsAreReports() {
        List<Segment> s = Segmenter.split("We received 2 hammers, 1 saw broken. Please send 3 mugs", "We received 2 hammers, 1 saw broken. Please send 3 mugs");
        assertEquals(3, s.size());
        assertTrue(s.get(0).report());
        assertTrue(s.get(1).report());
        assertFalse(s.get(2).report());
    }
}
