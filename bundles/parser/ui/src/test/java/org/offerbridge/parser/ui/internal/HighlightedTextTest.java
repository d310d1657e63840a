package org.offerbridge.parser.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.Span;
import org.offerbridge.parser.ui.internal.HighlightedText.Kind;
import org.offerbridge.parser.ui.internal.HighlightedText.Mark;
import org.offerbridge.parser.ui.internal.HighlightedText.Selection;

class HighlightedTextTest {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern OPEN = Pattern.compile("<span class=\"([^\"]*)\"(?: data-lines=\"([0-9 ]*)\")? title=\"([^\"]*)\" "
            + "style=\"[^\"<>]*\" onclick=\"obRequestsPick\\('(line|unmatched)',(\\d+)\\)\">");

    private static Mark line(int start, int end, int index) {
        return new Mark(new Span(start, end), Kind.LINE, index, "Line " + (index + 1));
    }

    private static Mark item(int start, int end, int index) {
        return new Mark(new Span(start, end), Kind.UNMATCHED, index, "Item " + (index + 1));
    }

    /** The text back from the HTML: tags dropped, entities decoded. */
    private static String plain(String html) {
        return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#10;", "\n").replace("&#13;", "\r").replace("&amp;", "&");
    }

    /** The highlighted pieces in order, as "classes:text". */
    private static List<String> pieces(String html) {
        Matcher m = Pattern.compile("(<span [^>]*>)(.*?)</span>").matcher(html);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            Matcher open = OPEN.matcher(m.group(1));
            assertTrue(open.matches(), "only the builder's own tags: " + m.group(1));
            out.add(open.group(1).replace("ob-req-hl ", "").replace("ob-req-hl-", "") + ":" + plain(m.group(2)));
        }
        return out;
    }

    /** Every tag in the output is one of the builder's own span tags (open or close). */
    private static void onlyOwnTags(String html) {
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group();
            assertTrue(tag.equals("</span>") || OPEN.matcher(tag).matches(), "unexpected tag " + tag);
        }
    }

    @Test
    void wrapsOneFragmentAndKeepsTheRest() {
        String text = "Need 10 bolts M8 please";
        String html = HighlightedText.html(text, List.of(line(5, 16, 0)), null);
        assertEquals(text, plain(html));
        assertEquals(List.of("line:10 bolts M8"), pieces(html));
        assertTrue(html.startsWith("Need <span"));
        assertTrue(html.contains("data-lines=\"0\""));
        onlyOwnTags(html);
    }

    @Test
    void escapesHtmlInTheTextInsideAndOutsideFragments() {
        String text = "<script>alert('x')</script> & \"5\" <b>bolts</b>";
        int at = text.indexOf("<b>");
        String html = HighlightedText.html(text, List.of(line(at, text.length(), 0)), null);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;5&quot;"), html);
        assertEquals(text, plain(html));
        onlyOwnTags(html);
    }

    @Test
    void escapesTitlesSoTheyCannotLeaveTheAttribute() {
        Mark evil = new Mark(new Span(0, 3), Kind.LINE, 0, "\" onmouseover=\"alert(1)\" <img src=x>");
        String html = HighlightedText.html("abc", List.of(evil), null);
        onlyOwnTags(html);
        assertTrue(html.contains("title=\"&quot; onmouseover=&quot;alert(1)&quot; &lt;img src=x&gt;\""), html);
    }

    @Test
    void overlappingFragmentsAreCutIntoSegmentsWithoutNesting() {
        String text = "0123456789";
        String html = HighlightedText.html(text, List.of(line(2, 6, 0), item(4, 8, 1)), null);
        assertEquals(text, plain(html));
        assertEquals(List.of("line:23", "line unmatched:45", "unmatched:67"), pieces(html));
        assertTrue(html.contains("title=\"Line 1&#10;Item 2\""), "both titles on the shared part: " + html);
        assertFalse(html.matches(".*<span[^>]*>[^<]*<span.*"), "no nested spans");
        onlyOwnTags(html);
    }

    @Test
    void overlappingLinesListEveryLine() {
        String html = HighlightedText.html("abcdef", List.of(line(0, 4, 0), line(2, 6, 3)), null);
        assertEquals(List.of("line:ab", "line:cd", "line:ef"), pieces(html));
        assertTrue(html.contains("data-lines=\"0 3\""), html);
    }

    @Test
    void adjacentFragmentsStaySeparate() {
        String html = HighlightedText.html("aaabbb", List.of(line(0, 3, 0), line(3, 6, 1)), null);
        assertEquals(List.of("line:aaa", "line:bbb"), pieces(html));
        assertTrue(html.contains("obRequestsPick('line',0)") && html.contains("obRequestsPick('line',1)"));
        assertEquals("aaabbb", plain(html));
    }

    @Test
    void fragmentsAtBothEndsAndPastTheEnd() {
        String text = "bolts and nuts";
        String html = HighlightedText.html(text, List.of(line(0, 5, 0), item(10, 99, 0)), null);
        assertEquals(List.of("line:bolts", "unmatched:nuts"), pieces(html));
        assertTrue(html.startsWith("<span") && html.endsWith("</span>"));
        assertEquals(text, plain(html));
        assertEquals(text, plain(HighlightedText.html(text, List.of(line(0, text.length(), 0)), null)));
    }

    @Test
    void emptyAndOutOfRangeFragmentsAreIgnored() {
        String html = HighlightedText.html("abc", List.of(line(1, 1, 0), line(5, 9, 1)), null);
        assertEquals("abc", html);
        assertEquals("", HighlightedText.html(null, List.of(line(0, 1, 0)), null));
        assertEquals("", HighlightedText.html("", List.of(), null));
    }

    @Test
    void nonBmpCharactersAreNeverSplit() {
        String text = "2 🔩 bolts 😀";
        int bolt = text.indexOf("🔩");
        // starts and ends in the middle of surrogate pairs: widened to whole characters
        String html = HighlightedText.html(text, List.of(line(bolt + 1, bolt + 1 + 1, 0), item(text.length() - 1, text.length(), 0)), null);
        assertEquals(List.of("line:🔩", "unmatched:😀"), pieces(html));
        assertEquals(text, plain(html));
        for (String piece : pieces(html)) {
            String s = piece.substring(piece.indexOf(':') + 1);
            assertFalse(Character.isLowSurrogate(s.charAt(0)), "no lone low surrogate");
            assertFalse(Character.isHighSurrogate(s.charAt(s.length() - 1)), "no lone high surrogate");
        }
    }

    @Test
    void emojiBeforeAFragmentKeepsOffsetsInUtf16() {
        String text = "😀😀 M8 bolt";
        int at = text.indexOf("M8");
        assertEquals(List.of("line:M8 bolt"), pieces(HighlightedText.html(text, List.of(line(at, text.length(), 0)), null)));
    }

    @Test
    void newlinesAreKeptAsCharacterReferences() {
        String html = HighlightedText.html("a\r\nb", List.of(line(3, 4, 0)), null);
        assertTrue(html.startsWith("a&#13;&#10;<span"), html);
    }

    @Test
    void theSelectedLineIsOutlined() {
        String html = HighlightedText.html("abcdef", List.of(line(0, 2, 0), line(3, 5, 1)), new Selection(Kind.LINE, 1));
        assertEquals(List.of("line:ab", "line selected:de"), pieces(html));
        String none = HighlightedText.html("abcdef", List.of(line(0, 2, 0)), new Selection(Kind.UNMATCHED, 0));
        assertFalse(none.contains("selected"));
    }
}
