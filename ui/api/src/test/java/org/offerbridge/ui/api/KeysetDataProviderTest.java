package org.offerbridge.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.PageRequest;

class KeysetDataProviderTest {
    /** Ids "r099" (newest) down to "r000", served after an id like RequestInbox.list. */
    private final List<String> all = IntStream.range(0, 100).mapToObj(i -> String.format("r%03d", 99 - i)).toList();
    private final List<String> calls = new ArrayList<>();
    private final KeysetDataProvider<String> byKey = KeysetDataProvider.ofKeys(null, (after, limit) -> {
        calls.add(after + "/" + limit);
        int from = after == null ? 0 : all.indexOf(after) + 1;
        return all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size()));
    }, s -> s, () -> all.size());

    @Test
    void sequentialPagesContinueFromTheLastId() {
        assertEquals(all.subList(0, 40), byKey.fetch(0, 40));
        assertEquals(all.subList(40, 80), byKey.fetch(40, 40));
        assertEquals(all.subList(80, 100), byKey.fetch(80, 40));
        assertEquals(List.of("null/40", "r060/40", "r020/40"), calls);
    }

    @Test
    void aJumpWalksFromTheNearestKnownPosition() {
        byKey.fetch(0, 10);
        calls.clear();
        assertEquals(all.subList(50, 60), byKey.fetch(50, 10));
        assertEquals(List.of("r090/40", "r050/10"), calls);
        calls.clear();
        assertEquals(all.subList(55, 65), byKey.fetch(55, 10), "a fetch inside a known page walks from that page");
        assertEquals(all.subList(5, 15), byKey.fetch(5, 10), "going back works too");
    }

    @Test
    void pastTheEndIsEmpty() {
        assertTrue(byKey.fetch(150, 10).isEmpty());
        assertEquals(all.subList(95, 100), byKey.fetch(95, 10));
    }

    @Test
    void refreshForgetsPositions() {
        byKey.fetch(0, 40);
        byKey.refreshAll();
        calls.clear();
        byKey.fetch(40, 10);
        assertEquals(List.of("null/40", "r060/10"), calls);
    }

    @Test
    void pagesByCursorLikeTheRestApi() {
        List<String> cursors = new ArrayList<>();
        KeysetDataProvider<String> byPage = KeysetDataProvider.ofPages(null, (cursor, limit) -> {
            cursors.add(cursor);
            PageRequest request = PageRequest.of(limit, cursor);
            int from = request.after() == null ? 0 : all.indexOf(request.after()) + 1;
            return request.page(all.subList(Math.min(from, all.size()), Math.min(from + request.fetchSize(), all.size())), s -> s);
        }, s -> s, () -> all.size());
        assertEquals(all.subList(0, 30), byPage.fetch(0, 30));
        assertEquals(all.subList(30, 60), byPage.fetch(30, 30));
        assertEquals(all.subList(90, 100), byPage.fetch(90, 30));
        assertEquals(PageRequest.cursorAfter("r070"), cursors.get(1));
        assertEquals("r071", byPage.getId("r071"));
    }
}
