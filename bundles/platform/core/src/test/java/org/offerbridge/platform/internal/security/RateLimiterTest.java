package org.offerbridge.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    /** Start far from zero so nothing depends on the clock's origin. */
    private final AtomicLong now = new AtomicLong(TimeUnit.DAYS.toNanos(3));
    private final RateLimiter limiter = new RateLimiter(now::get);

    private void advanceSeconds(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private void drain(String key, int perMinute) {
        for (int i = 0; i < perMinute; i++) {
            assertEquals(0, limiter.acquire(key, perMinute), "request " + (i + 1) + " of the burst");
        }
    }

    @Test
    void allowsAFullMinutesAllowanceInABurstThenRefuses() {
        drain("k", 5);
        long retryAfter = limiter.acquire("k", 5);
        assertTrue(retryAfter > 0, "excess request must be refused");
    }

    @Test
    void retryAfterIsTheTimeUntilOneTokenRefills() {
        drain("k", 3); // one token every 20 s
        assertEquals(20, limiter.acquire("k", 3));

        drain("one", 1); // one token every 60 s
        assertEquals(60, limiter.acquire("one", 1));
    }

    @Test
    void retryAfterShrinksAsTimePassesAndIsAtLeastOneSecond() {
        drain("k", 1);
        advanceMillis(45_500); // 0.758 tokens: 14.5 s to go
        assertEquals(15, limiter.acquire("k", 1));
        advanceMillis(14_000); // 0.992 tokens: 0.5 s to go
        assertEquals(1, limiter.acquire("k", 1), "sub-second waits round up to 1");
        advanceMillis(600);
        assertEquals(0, limiter.acquire("k", 1));
    }

    @Test
    void refusedRequestsDoNotConsumeTokens() {
        drain("k", 3);
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.acquire("k", 3) > 0);
        }
        advanceSeconds(21);
        assertEquals(0, limiter.acquire("k", 3), "a token refilled in 20 s despite the refused attempts");
    }

    @Test
    void refillsAfterAMinute() {
        drain("k", 10);
        assertTrue(limiter.acquire("k", 10) > 0);
        advanceSeconds(60);
        drain("k", 10);
        assertTrue(limiter.acquire("k", 10) > 0);
    }

    @Test
    void refillsContinuouslyInProportionToElapsedTime() {
        drain("k", 60); // one token per second
        assertTrue(limiter.acquire("k", 60) > 0);
        advanceMillis(3_500);
        assertEquals(0, limiter.acquire("k", 60));
        assertEquals(0, limiter.acquire("k", 60));
        assertEquals(0, limiter.acquire("k", 60));
        assertTrue(limiter.acquire("k", 60) > 0, "only 3.5 tokens refilled");
    }

    @Test
    void idleTimeDoesNotAccumulateMoreThanOneMinutesAllowance() {
        drain("k", 5);
        advanceSeconds(3600);
        drain("k", 5);
        assertTrue(limiter.acquire("k", 5) > 0, "bucket capacity is one minute's allowance");
    }

    @Test
    void separateKeysHaveIndependentBuckets() {
        drain("a", 2);
        assertTrue(limiter.acquire("a", 2) > 0);
        drain("b", 2);
        assertTrue(limiter.acquire("b", 2) > 0);
        assertTrue(limiter.acquire("a", 2) > 0, "b's requests must not refill a");
    }

    @Test
    void zeroOrNegativePerMinuteIsUnlimited() {
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, limiter.acquire("free", 0));
            assertEquals(0, limiter.acquire("free", -1));
        }
    }

    @Test
    void defaultConstructorUsesRealClock() {
        RateLimiter real = new RateLimiter();
        assertEquals(0, real.acquire("x", 1));
        long retry = real.acquire("x", 1);
        assertTrue(retry >= 59 && retry <= 60, "retry-after was " + retry);
    }

    @Test
    void waitForTellsWithoutTakingAToken() {
        assertEquals(0, limiter.waitFor("fail:10.0.0.1", 3), "an address never seen may proceed");
        drain("fail:10.0.0.1", 3);
        assertEquals(20, limiter.waitFor("fail:10.0.0.1", 3));
        assertEquals(20, limiter.waitFor("fail:10.0.0.1", 3), "asking again takes nothing");
        assertEquals(0, limiter.waitFor("fail:10.0.0.2", 3), "another address is not affected");
        advanceSeconds(20);
        assertEquals(0, limiter.waitFor("fail:10.0.0.1", 3));
        assertEquals(0, limiter.acquire("fail:10.0.0.1", 3));
        assertTrue(limiter.waitFor("fail:10.0.0.1", 3) > 0);
    }
}
