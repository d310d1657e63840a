package org.offerbridge.parser.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.parser.api.Span;

/** The view's small pure helpers: snippets, field paths, permissions by status, fragment spans. */
class SmallPartsTest {

    @Test
    void snippetCutsAtAWordEnd() {
        assertEquals("Need 10 bolts", TextSnippet.firstWords("  Need\n10   bolts ", 80));
        assertEquals("Need 10…", TextSnippet.firstWords("Need 10 bolts M8", 10));
        assertEquals("", TextSnippet.firstWords(null, 10));
    }

    @Test
    void snippetNeverSplitsAnEmoji() {
        String s = TextSnippet.firstWords("😀😀😀😀😀😀😀😀", 5);
        assertFalse(Character.isHighSurrogate(s.charAt(s.length() - 2)), s);
        assertTrue(s.endsWith("…"));
    }

    @Test
    void fieldPaths() {
        assertEquals(new FieldPath("lines", 2, "quantity"), FieldPath.parse("lines[2].quantity"));
        assertEquals(new FieldPath("unmatched", 0, "text"), FieldPath.parse("unmatched[0].text"));
        assertEquals(new FieldPath("lines", 1, null), FieldPath.parse("lines[1]"));
        assertEquals(new FieldPath(null, -1, "note"), FieldPath.parse("note"));
        assertNull(FieldPath.parse(null));
    }

    @Test
    void permissionsFollowTheStatus() {
        assertEquals(new RequestPermissions(true, true, true, true, true), RequestPermissions.of(IntakeRequest.PROPOSED, true));
        assertEquals(new RequestPermissions(true, true, true, true, true), RequestPermissions.of(IntakeRequest.REVIEW, true));
        assertEquals(new RequestPermissions(true, false, true, false, true), RequestPermissions.of(IntakeRequest.FAILED, true));
        RequestPermissions none = new RequestPermissions(false, false, false, false, false);
        assertEquals(none, RequestPermissions.of(IntakeRequest.CONFIRMED, true), "confirmed is read-only");
        assertEquals(new RequestPermissions(false, false, true, false, false), RequestPermissions.of(IntakeRequest.RECEIVED, true));
        assertEquals(none, RequestPermissions.of(IntakeRequest.PROPOSED, false), "viewers only read");
    }

    @Test
    void spansFromTheParserWin() {
        ProposalLine l = new ProposalLine("line", "A", "a", BigDecimal.ONE, "pcs", "1", "EUR", 0.9, "bolts", List.of(new Span(3, 5)));
        assertEquals(List.of(new Span(3, 5)), FragmentSpans.of(l, "10 bolts"));
    }

    @Test
    void withoutSpansTheSourcePiecesAreFoundInTheText() {
        String text = "Please send 10 Hex Bolts M8 and 2 rolls of tape";
        ProposalLine l = new ProposalLine("line", "A", "a", BigDecimal.ONE, "pcs", "1", "EUR", 0.9,
                "10 hex bolts M8 | 2 rolls of tape | not there", null);
        assertEquals(List.of(new Span(12, 27), new Span(32, 47)), FragmentSpans.of(l, text));
        assertEquals(List.of(), FragmentSpans.found(null, text));
    }

    @Test
    void aLineShowsItsOptionsUnderItsNameEscapedAndKeepsThemUntilAnotherProductIsPicked() {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("Colour", "Blue");
        options.put("Size", "<M>");
        ProposalLine l = new ProposalLine("line", "SH-1", "Work & shirt", BigDecimal.ONE, "pcs", "11.50", "EUR", 1.0, null, null, options);
        LineRow row = LineRow.of(l, new com.vaadin.ui.ComboBox<>(), java.util.Locale.ENGLISH, List.of());
        assertEquals("Work &amp; shirt<div class=\"ob-line-options\" style=\"font-size:smaller;opacity:.75;line-height:1.2\">"
                + "Colour: Blue · Size: &lt;M&gt;</div>", row.name.getValue());
        assertEquals(options, row.options(), "kept for the staff's save");
        row.picked(new SkuChoice("HB-1", "Bolt", "pcs", null, "EUR"));
        assertEquals(java.util.Map.of(), row.options(), "another product's options do not carry over");
        assertEquals("Bolt", row.name.getValue());
        assertEquals("", LineRow.optionsText(java.util.Map.of()));
    }
}
