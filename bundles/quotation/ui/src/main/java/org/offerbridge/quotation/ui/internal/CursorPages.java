package org.offerbridge.quotation.ui.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Page-by-page navigation over a list that pages by cursor (the service knows no offsets or counts): remembers
 * the cursor each visited page started from, so "previous" goes back without re-walking from the start. One
 * per view; {@link #reset()} when the filter changes.
 */
final class CursorPages {
    /** The cursor each visited page starts at; null for the first page. */
    private final List<String> starts = new ArrayList<>();
    private int index;
    private String next;

    CursorPages() {
        reset();
    }

    /** The cursor to load the current page with (null: the first page). */
    String current() {
        return starts.get(index);
    }

    /** Records what the current page's answer said about the rest: its next cursor, or null on the last page. */
    void loaded(String nextCursor) {
        this.next = nextCursor;
    }

    boolean hasNext() {
        return next != null;
    }

    boolean hasPrevious() {
        return index > 0;
    }

    /** Moves to the page after the current one; forgets pages visited beyond it, as they may have shifted. */
    void forward() {
        if (next == null) {
            throw new IllegalStateException("on the last page");
        }
        starts.subList(index + 1, starts.size()).clear();
        starts.add(next);
        index++;
        next = null;
    }

    void back() {
        if (index == 0) {
            throw new IllegalStateException("on the first page");
        }
        index--;
        next = null;
    }

    /** 1 for the first page. */
    int number() {
        return index + 1;
    }

    void reset() {
        starts.clear();
        starts.add(null);
        index = 0;
        next = null;
    }
}
