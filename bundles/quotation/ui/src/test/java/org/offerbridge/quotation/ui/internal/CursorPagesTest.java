package org.offerbridge.quotation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CursorPagesTest {

    @Test
    void startsOnTheFirstPageWithNoCursor() {
        CursorPages p = new CursorPages();
        assertNull(p.current());
        assertEquals(1, p.number());
        assertFalse(p.hasPrevious());
        assertFalse(p.hasNext(), "nothing known about more pages before the first answer");
    }

    @Test
    void walksForwardWithTheCursorsTheAnswersGaveAndBackWithoutReloadingFromTheStart() {
        CursorPages p = new CursorPages();
        p.loaded("c1");
        assertTrue(p.hasNext());
        p.forward();
        assertEquals("c1", p.current());
        assertEquals(2, p.number());
        p.loaded("c2");
        p.forward();
        assertEquals("c2", p.current());
        p.loaded(null);
        assertFalse(p.hasNext(), "last page");
        assertTrue(p.hasPrevious());
        p.back();
        assertEquals("c1", p.current());
        assertEquals(2, p.number());
        p.back();
        assertNull(p.current());
        assertFalse(p.hasPrevious());
    }

    @Test
    void goingForwardAgainAfterBackUsesTheNewAnswerNotAStaleCursor() {
        CursorPages p = new CursorPages();
        p.loaded("c1");
        p.forward();
        p.loaded("c2");
        p.forward();
        p.back();
        p.back();
        p.loaded("c1-new"); // quotes were added meanwhile
        p.forward();
        assertEquals("c1-new", p.current());
        p.loaded("c2-new");
        p.forward();
        assertEquals("c2-new", p.current());
        assertEquals(3, p.number());
    }

    @Test
    void resetGoesBackToTheStart() {
        CursorPages p = new CursorPages();
        p.loaded("c1");
        p.forward();
        p.reset();
        assertNull(p.current());
        assertEquals(1, p.number());
        assertFalse(p.hasNext());
    }

    @Test
    void refusesToLeaveTheKnownPages() {
        CursorPages p = new CursorPages();
        assertThrows(IllegalStateException.class, p::back);
        p.loaded(null);
        assertThrows(IllegalStateException.class, p::forward);
    }
}
