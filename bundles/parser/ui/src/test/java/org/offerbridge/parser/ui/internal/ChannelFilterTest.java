package org.offerbridge.parser.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.platform.api.rest.Page;

class ChannelFilterTest {

    /** An inbox of {@code n} requests, newest first, every {@code every}-th from the web form, paging by key like the service. */
    private static final class Inbox implements ChannelFilter.Source {
        final List<IntakeRequest> all = new ArrayList<>();
        int calls;

        Inbox(int n, int every) {
            for (int i = 0; i < n; i++) {
                String id = String.format("r%06d", n - i);
                all.add(new IntakeRequest(id, i % every == 0 ? "webform" : "email", null, "text " + i, List.of(), IntakeRequest.PROPOSED, null,
                        "en", null, Instant.EPOCH, null, null, List.of()));
            }
        }

        @Override
        public List<IntakeRequest> next(String after, int limit) {
            calls++;
            int from = 0;
            if (after != null) {
                from = all.indexOf(all.stream().filter(r -> r.id().equals(after)).findFirst().orElseThrow()) + 1;
            }
            return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
        }
    }

    @Test
    void pagesHoldOnlyTheChannelAndContinueAfterTheLastShown() {
        Inbox inbox = new Inbox(1_000, 7);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<IntakeRequest> p = ChannelFilter.page(inbox, "webform", cursor, 50);
            p.items().forEach(r -> {
                assertEquals("webform", r.channel());
                seen.add(r.id());
            });
            cursor = p.nextCursor();
        } while (cursor != null);
        List<String> expected = inbox.all.stream().filter(r -> r.channel().equals("webform")).map(IntakeRequest::id).toList();
        assertEquals(expected, seen, "every web form request once, newest first");
        assertEquals(143, seen.size());
    }

    @Test
    void aChannelWithNoRequestsIsAnEmptyLastPage() {
        Page<IntakeRequest> p = ChannelFilter.page(new Inbox(450, 1), "telegram", null, 50);
        assertTrue(p.items().isEmpty());
        assertNull(p.nextCursor());
    }

    @Test
    void countsUpToItsBoundAndSaysWhenThereAreMore() {
        ChannelFilter.Count small = ChannelFilter.count(new Inbox(1_000, 4), "webform");
        assertEquals(250, small.matching());
        assertFalse(small.more());
        ChannelFilter.Count big = ChannelFilter.count(new Inbox(ChannelFilter.COUNT_SCAN + 10, 2), "webform");
        assertEquals(ChannelFilter.COUNT_SCAN / 2, big.matching());
        assertTrue(big.more());
    }
}
