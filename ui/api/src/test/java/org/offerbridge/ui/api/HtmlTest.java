package org.offerbridge.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupQuotesAndLineBreaks() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;5&quot;", Html.escape("<script>alert('x')</script> & \"5\""));
        assertEquals("a&#13;&#10;b", Html.escape("a\r\nb"));
        assertEquals("Grüße नमस्ते", Html.escape("Grüße नमस्ते"), "letters of any script stay as they are");
        assertEquals("", Html.escape(null));
    }

    @Test
    void noteTextIsEscapedForHtml() {
        assertEquals("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;shop&quot;&lt;/b&gt;", Html.escapeLines("<b>Tom & Jerry's \"shop\"</b>"));
    }

    @Test
    void keepsLinesAsBreaks() {
        assertEquals("Hello &lt;team&gt;<br>&amp; co<br><br>bye", Html.escapeLines("Hello <team>\n& co\r\n\nbye"));
        assertEquals("", Html.escapeLines(null));
    }

    @Test
    void escapesARange() {
        StringBuilder out = new StringBuilder("x");
        Html.escape(out, "a<b>c", 1, 4);
        assertEquals("x&lt;b&gt;", out.toString());
    }
}
