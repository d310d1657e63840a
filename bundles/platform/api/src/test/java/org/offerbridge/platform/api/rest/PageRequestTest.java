package org.offerbridge.platform.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void defaultsToFiftyWithNoCursor() {
        PageRequest p = PageRequest.of(null, null);
        assertEquals(50, p.limit());
        assertNull(p.after());
    }

    @Test
    void blankCursorMeansFirstPage() {
        assertNull(PageRequest.of(10, "").after());
        assertNull(PageRequest.of(10, "   ").after());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 50, 199, 200})
    void limitsWithinBoundsAreKept(int limit) {
        assertEquals(limit, PageRequest.of(limit, null).limit());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void limitsOutOfBoundsAreRejectedNamingLimit(int limit) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(limit, null));
        assertEquals(400, e.status());
        assertEquals("limit", e.field());
    }

    @Test
    void limitIsCheckedEvenWithAValidCursor() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PageRequest.of(201, PageRequest.cursorAfter("k")));
        assertEquals("limit", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"k", "2024-05-01T10:00:00Z|01HXYZ", "quote-000123", "\u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9 ?>?>",
            "with spaces and / + = signs"})
    void cursorRoundTrips(String lastKey) {
        String cursor = PageRequest.cursorAfter(lastKey);
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "cursor must be URL-safe and unpadded: " + cursor);
        PageRequest p = PageRequest.of(25, cursor);
        assertEquals(lastKey, p.after());
        assertEquals(25, p.limit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "a", "abc$def", "not a cursor", "%2F%2F", "ab==cd"})
    void garbageCursorIsRejectedNamingCursor(String cursor) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(null, cursor));
        assertEquals(400, e.status());
        assertEquals("cursor", e.field());
    }

    @Test
    void pageTrimsTheExtraRowAndContinuesAfterTheLastKeptKey() {
        PageRequest p = PageRequest.of(2, null);
        assertEquals(3, p.fetchSize());
        Page<String> first = p.page(java.util.List.of("a", "b", "c"), s -> s, String::toUpperCase);
        assertEquals(java.util.List.of("A", "B"), first.items());
        assertEquals("b", PageRequest.of(2, first.nextCursor()).after());
        Page<String> last = p.page(java.util.List.of("c"), s -> s);
        assertEquals(java.util.List.of("c"), last.items());
        assertNull(last.nextCursor());
    }
}
