package org.offerbridge.platform.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

public class EdgeChecksTest {

    @Test
    public void anUnknownCharsetIs415NamingTheContentType() {
        EdgeChecks.Refusal r = EdgeChecks.check("POST", "application/json; charset=x-no-such-charset", 2, false, null).orElseThrow();
        assertEquals(415, r.status());
        assertEquals("Content-Type", r.field());
        assertEquals(415, EdgeChecks.charset("application/json;charset=\"%%\"").orElseThrow().status());
        assertEquals(415, EdgeChecks.charset("application/json; charset=").orElseThrow().status());
    }

    @Test
    public void knownCharsetsAndNoCharsetPass() {
        assertTrue(EdgeChecks.charset("application/json; charset=UTF-8").isEmpty());
        assertTrue(EdgeChecks.charset("application/json;charset=\"utf-8\"").isEmpty());
        assertTrue(EdgeChecks.charset("application/json").isEmpty());
        assertTrue(EdgeChecks.charset("text/csv; header=present").isEmpty());
        assertTrue(EdgeChecks.check("POST", "application/json", 10, false, "dryRun=true").isEmpty());
    }

    @Test
    public void brokenPercentEncodingIs400NamingTheParameter() {
        EdgeChecks.Refusal r = EdgeChecks.check("GET", null, -1, false, "q=bolt&limit=%%zz%").orElseThrow();
        assertEquals(400, r.status());
        assertEquals("limit", r.field());
        assertEquals("query", EdgeChecks.query("%zz=1").orElseThrow().field());
        assertEquals("q", EdgeChecks.query("q=100%").orElseThrow().field());
        assertEquals("q", EdgeChecks.query("q=%4").orElseThrow().field());
    }

    @Test
    public void wellEncodedQueriesPass() {
        assertTrue(EdgeChecks.query("q=m8%20bolt&limit=10&cursor=").isEmpty());
        assertTrue(EdgeChecks.query("q=%E0%A4%AC").isEmpty());
        assertTrue(EdgeChecks.query("flag").isEmpty());
        assertTrue(EdgeChecks.query(null).isEmpty());
        assertFalse(EdgeChecks.wellEncoded("%"));
    }

    @Test
    public void aBodyWithoutContentTypeIs415ButAnEmptyOneIsNot() {
        assertEquals(415, EdgeChecks.check("POST", null, 7, false, null).orElseThrow().status());
        assertEquals(415, EdgeChecks.check("PATCH", null, -1, true, null).orElseThrow().status());
        assertTrue(EdgeChecks.check("POST", null, 0, false, null).isEmpty());
        assertTrue(EdgeChecks.check("GET", null, -1, false, null).isEmpty());
    }
}
