package org.offerbridge.quotation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.quotation.api.QuoteDraft.LineInput;
import org.offerbridge.quotation.api.QuoteLine;

class LineChangesTest {
    private static final List<QuoteLine> SAVED = List.of(
            new QuoteLine(1, "p1", "HB-M8-40", "Hex bolt", "pcs", new BigDecimal("12.0000"), new BigDecimal("4.50"), BigDecimal.ZERO,
                    new BigDecimal("18"), new BigDecimal("54.00")),
            new QuoteLine(2, "p2", "TAPE", "Tape", "roll", new BigDecimal("2"), new BigDecimal("35"), new BigDecimal("10.00"),
                    new BigDecimal("18"), new BigDecimal("63.00")));

    private static LineInput in(String sku, String q, String d) {
        return new LineInput(sku, q == null ? null : new BigDecimal(q), d == null ? null : new BigDecimal(d));
    }

    @Test
    void linesTypedBackToTheirValuesAreUnchanged() {
        assertFalse(LineChanges.differ(SAVED, List.of(in("HB-M8-40", "12", null), in("TAPE", "2", "10"))));
        assertFalse(LineChanges.differ(SAVED, List.of(in("HB-M8-40", "12", "0"), in("TAPE", "2.0", "10.0"))));
    }

    @Test
    void anotherQuantityDiscountOrderOrCountIsAChange() {
        assertTrue(LineChanges.differ(SAVED, List.of(in("HB-M8-40", "13", null), in("TAPE", "2", "10"))));
        assertTrue(LineChanges.differ(SAVED, List.of(in("HB-M8-40", "12", "5"), in("TAPE", "2", "10"))));
        assertTrue(LineChanges.differ(SAVED, List.of(in("TAPE", "2", "10"), in("HB-M8-40", "12", null))));
        assertTrue(LineChanges.differ(SAVED, List.of(in("HB-M8-40", "12", null))));
        assertTrue(LineChanges.differ(SAVED, List.of(in("HB-M8-40", null, null), in("TAPE", "2", "10"))), "a blank quantity");
        assertTrue(LineChanges.differ(SAVED, Arrays.asList(in("HB-M8-40", "12", null), null)), "a number that did not parse");
    }

    @Test
    void aLinesOptionsAreKeptAndShownUnderItsName() {
        QuoteLine shirt = new QuoteLine(1, "p3", "SH-1", "Work & shirt", "pcs", new BigDecimal("3"), new BigDecimal("11.50"), BigDecimal.ZERO,
                new BigDecimal("18"), new BigDecimal("34.50"), java.util.Map.of("Colour", "<Red>"));
        assertFalse(LineChanges.differ(List.of(shirt), List.of(new LineInput("SH-1", new BigDecimal("3"), null, java.util.Map.of("Colour", "<Red>")))));
        assertTrue(LineChanges.differ(List.of(shirt), List.of(in("SH-1", "3", null))), "options dropped are a change");
        LineRow row = LineRow.of(shirt, new QuoteLabels(org.offerbridge.ui.api.Texts.of(QuoteLabels.class, java.util.Locale.ENGLISH), "u-1", new org.offerbridge.ui.api.Times(java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC)));
        assertEquals(java.util.Map.of("Colour", "<Red>"), row.options, "saved again as they are");
        assertEquals("Work &amp; shirt<div class=\"ob-line-options\" style=\"font-size:smaller;opacity:.75;line-height:1.2\">Colour: &lt;Red&gt;</div>",
                row.nameHtml());
    }
}
