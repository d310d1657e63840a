package org.offerbridge.parser.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.platform.api.rest.Page;

/**
 * The Requests view's channel filter over an inbox that pages by key but cannot filter by channel
 * ({@code RequestInbox.list}): pages are read newest first and only the requests of the channel kept, the cursor
 * being the last request returned, so the grid continues after it. The count reads at most {@link #COUNT_SCAN} requests;
 * past that it is "at least" ({@link Count#more}). Reading the inbox to filter it is what the service allows today; a
 * channel parameter of {@code RequestInbox.list/count} would let the database do it.
 */
final class ChannelFilter {
    /** The channel kinds the filter offers, as requests name them. */
    static final List<String> CHANNELS = List.of("webform", "email", "whatsapp", "telegram", "instagram", "webhook", "api");
    static final int BATCH = 200;
    static final int COUNT_SCAN = 10_000;

    /** The inbox's pages: {@code limit} requests of the status after the one with key {@code after}. */
    @FunctionalInterface
    interface Source {
        List<IntakeRequest> next(String after, int limit);
    }

    /** How many requests match, and whether more than were counted do. */
    record Count(long matching, boolean more) {
    }

    private ChannelFilter() {
    }

    /** Up to {@code limit} requests of {@code channel} after {@code cursor}; the next cursor is null when the inbox is read to its end. */
    static Page<IntakeRequest> page(Source source, String channel, String cursor, int limit) {
        List<IntakeRequest> out = new ArrayList<>();
        String after = cursor;
        while (true) {
            List<IntakeRequest> batch = source.next(after, BATCH);
            for (IntakeRequest r : batch) {
                after = r.id();
                if (channel.equals(r.channel())) {
                    out.add(r);
                    if (out.size() == limit) {
                        return new Page<>(out, after);
                    }
                }
            }
            if (batch.size() < BATCH) {
                return new Page<>(out, null);
            }
        }
    }

    /** The requests of {@code channel}, counted over at most {@link #COUNT_SCAN} of the newest. */
    static Count count(Source source, String channel) {
        long matching = 0;
        String after = null;
        int read = 0;
        while (read < COUNT_SCAN) {
            List<IntakeRequest> batch = source.next(after, BATCH);
            for (IntakeRequest r : batch) {
                after = r.id();
                read++;
                if (channel.equals(r.channel())) {
                    matching++;
                }
            }
            if (batch.size() < BATCH) {
                return new Count(matching, false);
            }
        }
        return new Count(matching, true);
    }
}
