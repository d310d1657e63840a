package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.offerbridge.parser.engine.StageInputs.entry;
import static org.offerbridge.parser.engine.StageInputs.matcher;
import static org.offerbridge.parser.engine.StageInputs.roles;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionSpansTest {

    /** The fragment {@code source} at {@code offset} of a longer message. */
    private static Mention at(String source, int offset) {
        return matcher().match(roles(source).read(new Segment(source, source, offset, offset, false)));
    }

    private static QuantifiedMention q(Mention m, List<Span> borrowed) {
        return new QuantifiedMention(m, null, false, false, borrowed);
    }

    @Test void productAndQuantityWordsInMessageOffsets() {
        Mention m = at("please 5 claw hammers today", 10);
        assertEquals(List.of(new Span(17, 31)), MentionSpans.of(q(m, List.of())));
        assertEquals(new Span(17, 18), MentionSpans.numbers(m.fragment()));
        assertNull(MentionSpans.numbers(at("claw hammers", 0).fragment()));
    }

    @Test void normalisationDoesNotShiftThem() {
        Mention m = at("ｃｌａｗ ｈａｍｍｅｒ ５", 0); // full-width letters and digits
        assertEquals(List.of(new Span(0, 13)), MentionSpans.of(q(m, List.of())));
    }

    @Test void theSkuWidensTheSpanAndBorrowedQuantitiesFollowOnce() {
        Mention m = at("x 3", 7).bySku(new SkuMentions.Found(new Span(0, 6), entry("SAW")));
        List<Span> spans = MentionSpans.of(q(m, List.of(new Span(20, 21), new Span(20, 21), new Span(0, 10))));
        assertEquals(List.of(new Span(0, 10), new Span(20, 21)), spans);
    }

    @Test void concatKeepsOrderWithoutDuplicates() {
        assertEquals(List.of(new Span(0, 1), new Span(2, 3), new Span(4, 5)),
                MentionSpans.concat(List.of(new Span(0, 1), new Span(2, 3)), List.of(new Span(2, 3), new Span(4, 5))));
    }
}
