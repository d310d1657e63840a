package org.offerbridge.channels.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The channels inbound tokens open, kept for a short while so a provider's burst does not look each call's token up
 * across tenants and read the row again. A change on this node drops the channel at once ({@link #forget}); a change on
 * another node is seen within {@link #TTL_MILLIS}, and the store's own transaction checks the channel still exists
 * before anything is kept, so a deleted channel never gets messages.
 */
final class InboundChannelCache {
    static final long TTL_MILLIS = 30_000;
    /** Far more channels than one node gets calls for within the TTL; the whole cache is dropped above it. */
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(StoredChannel channel, long loadedAt) {
    }

    private final Map<String, Entry> byTokenHash = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    InboundChannelCache(LongSupplier clock) {
        this.clock = clock;
    }

    /** The cached channel of {@code tokenHash}, else {@code load}'s answer, cached when there is one. */
    Optional<StoredChannel> get(String tokenHash, Function<String, Optional<StoredChannel>> load) {
        long now = clock.getAsLong();
        Entry e = byTokenHash.get(tokenHash);
        if (e != null && now - e.loadedAt() < TTL_MILLIS) {
            return Optional.of(e.channel());
        }
        Optional<StoredChannel> loaded = load.apply(tokenHash);
        if (loaded.isPresent()) {
            if (byTokenHash.size() >= MAX_ENTRIES) {
                byTokenHash.clear();
            }
            byTokenHash.put(tokenHash, new Entry(loaded.get(), now));
        } else {
            byTokenHash.remove(tokenHash);
        }
        return loaded;
    }

    /** Drops the channel, after a change committed on this node. */
    void forget(String channelId) {
        byTokenHash.values().removeIf(e -> e.channel().id().equals(channelId));
    }
}
