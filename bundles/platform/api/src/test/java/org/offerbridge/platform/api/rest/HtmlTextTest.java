package org.offerbridge.platform.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markupAndBothQuotesBecomeEntitiesAndOtherTextStays() {
        assertEquals("&lt;b onclick=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/b&gt;",
                HtmlText.escape("<b onclick=\"x\" title='y'>Tom & Jerry</b>"));
        assertEquals("Привет, नमस्ते\nline", HtmlText.escape("Привет, नमस्ते\nline"));
        assertEquals("", HtmlText.escape(null));
    }
}
