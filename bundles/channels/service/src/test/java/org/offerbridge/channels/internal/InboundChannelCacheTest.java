package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class InboundChannelCacheTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final InboundChannelCache cache = new InboundChannelCache(now::get);
    private final AtomicInteger loads = new AtomicInteger();
    private Optional<StoredChannel> stored = Optional.of(channel("ch-1", "first"));
    private final Function<String, Optional<StoredChannel>> load = hash -> {
        loads.incrementAndGet();
        return stored;
    };

    private static StoredChannel channel(String id, String name) {
        return new StoredChannel("t1", id, "webhook", name, "connected", null, "sealed", Map.of(), null, null, "free", null, null, null, 0);
    }

    @Test
    void aBurstLooksTheTokenUpOnce() {
        for (int i = 0; i < 100; i++) {
            assertEquals("first", cache.get("hash", load).orElseThrow().name());
        }
        assertEquals(1, loads.get());
    }

    @Test
    void aChangeOnThisNodeIsSeenAtOnce() {
        cache.get("hash", load);
        stored = Optional.of(channel("ch-1", "renamed"));
        cache.forget("ch-1");
        assertEquals("renamed", cache.get("hash", load).orElseThrow().name());
        assertEquals(2, loads.get());
    }

    @Test
    void aChangeOnAnotherNodeIsSeenAfterTheTtl() {
        cache.get("hash", load);
        stored = Optional.empty(); // deleted elsewhere
        now.addAndGet(InboundChannelCache.TTL_MILLIS - 1);
        assertTrue(cache.get("hash", load).isPresent(), "still cached within the TTL");
        now.addAndGet(1);
        assertTrue(cache.get("hash", load).isEmpty());
        assertEquals(2, loads.get());
    }

    @Test
    void unknownTokensAreNotCached() {
        stored = Optional.empty();
        cache.get("nope", load);
        stored = Optional.of(channel("ch-2", "created"));
        assertEquals("created", cache.get("nope", load).orElseThrow().name());
    }

    @Test
    void forgettingOneChannelKeepsTheOthers() {
        cache.get("hash", load);
        stored = Optional.of(channel("ch-2", "second"));
        cache.get("hash2", load);
        cache.forget("ch-2");
        cache.get("hash", load);
        assertEquals(2, loads.get(), "ch-1 still cached");
    }
}
