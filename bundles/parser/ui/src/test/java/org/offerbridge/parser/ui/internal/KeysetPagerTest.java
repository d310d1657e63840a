package org.offerbridge.parser.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KeysetPagerTest {
    /** Ids "r099" (newest) down to "r000", served after an id like RequestInbox.list. */
    private final List<String> all = IntStream.range(0, 100).mapToObj(i -> String.format("r%03d", 99 - i)).toList();
    private final List<String> calls = new ArrayList<>();
    private final KeysetPager<String> pager = new KeysetPager<>((after, limit) -> {
        calls.add(after + "/" + limit);
        int from = after == null ? 0 : all.indexOf(after) + 1;
        return all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size()));
    }, s -> s);

    @Test
    void sequentialPagesContinueFromTheLastId() {
        assertEquals(all.subList(0, 40), pager.fetch(0, 40));
        assertEquals(all.subList(40, 80), pager.fetch(40, 40));
        assertEquals(all.subList(80, 100), pager.fetch(80, 40));
        assertEquals(List.of("null/40", "r060/40", "r020/40"), calls);
    }

    @Test
    void aJumpWalksFromTheNearestKnownPosition() {
        pager.fetch(0, 10);
        calls.clear();
        assertEquals(all.subList(50, 60), pager.fetch(50, 10));
        assertEquals(List.of("r090/40", "r050/10"), calls);
        calls.clear();
        assertEquals(all.subList(55, 65), pager.fetch(55, 10), "a fetch inside a known page walks from that page");
        assertEquals(all.subList(5, 15), pager.fetch(5, 10), "going back works too");
    }

    @Test
    void pastTheEndIsEmpty() {
        assertTrue(pager.fetch(150, 10).isEmpty());
        assertEquals(all.subList(95, 100), pager.fetch(95, 10));
    }

    @Test
    void resetForgetsPositions() {
        pager.fetch(0, 40);
        pager.reset();
        calls.clear();
        pager.fetch(40, 10);
        assertEquals(List.of("null/40", "r060/10"), calls);
    }
}
