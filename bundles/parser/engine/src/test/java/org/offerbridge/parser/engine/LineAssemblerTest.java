package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offerbridge.parser.engine.StageInputs.quantified;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineAssemblerTest {

    private static ParseResult assemble(String text, BigDecimal multiplier, boolean marker) {
        return LineAssembler.assemble(text, "en", quantified(text), multiplier, marker);
    }

    private static List<String> lines(ParseResult r) {
        return r.lines().stream().map(l -> l.sku() + " " + l.quantity().toPlainString()).toList();
    }

    @Test void withoutQuantityMarkerOrMultiplierNothingIsAsked() {
        assertEquals(new ParseResult("en", List.of(), List.of()), assemble("claw hammer", BigDecimal.ONE, false));
        assertEquals(List.of("HAM 1"), lines(assemble("claw hammer", BigDecimal.ONE, true)));
        assertEquals(List.of("HAM 2"), lines(assemble("claw hammer", BigDecimal.valueOf(2), false)));
    }

    @Test void theMultiplierAppliesToEveryLineAndUnmatchedItem() {
        ParseResult r = assemble("3 claw hammers, 2 titanium widgets", BigDecimal.valueOf(2), false);
        assertEquals(List.of("HAM 6"), lines(r));
        assertEquals(List.of(new Unmatched("2 titanium widgets", new BigDecimal("4"), List.of(new Span(16, 34)))), r.unmatched());
    }

    @Test void repeatedMentionsOfAProductAddUp() {
        ParseResult r = assemble("3 claw hammers; 2 claw hammers", BigDecimal.ONE, false);
        assertEquals(1, r.lines().size());
        ParsedLine l = r.lines().get(0);
        assertEquals(new BigDecimal("5"), l.quantity());
        assertEquals("3 claw hammers | 2 claw hammers", l.source());
        assertEquals(List.of(new Span(0, 14), new Span(16, 30)), l.spans());
    }

    @Test void piecesOfAPackProductBecomePacksWhenTheDivisionIsExact() {
        assertEquals(List.of("GLOVE 2"), lines(assemble("200 nitrile gloves", BigDecimal.ONE, false)));
        assertEquals(List.of("GLOVE 150"), lines(assemble("150 nitrile gloves", BigDecimal.ONE, false)));
        assertEquals(List.of("GLOVE 3"), lines(assemble("3 boxes of nitrile gloves", BigDecimal.ONE, false)));
        assertEquals(List.of("GLOVE 300"), lines(assemble("300 boxes of nitrile gloves", BigDecimal.ONE, false)));
    }

    @Test void aConflictIsReportedAsUnmatchedUnderItsText() {
        ParseResult r = assemble("Enamel Mug Green", BigDecimal.ONE, true);
        assertEquals(List.of(), r.lines());
        assertEquals(List.of("Enamel Mug Green"), r.unmatched().stream().map(Unmatched::text).toList());
    }
}
