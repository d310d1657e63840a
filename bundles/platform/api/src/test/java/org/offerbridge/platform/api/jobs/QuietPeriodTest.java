package org.offerbridge.platform.api.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class QuietPeriodTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final QuietPeriod quiet = new QuietPeriod(Duration.ofMinutes(10), now::get);

    @Test
    void onceAPeriodPerKey() {
        assertTrue(quiet.due("t1"));
        assertFalse(quiet.due("t1"));
        assertTrue(quiet.due("t2"), "another tenant has its own period");
        now.addAndGet(Duration.ofMinutes(10).toMillis() - 1);
        assertFalse(quiet.due("t1"));
        now.addAndGet(1);
        assertTrue(quiet.due("t1"));
        assertFalse(quiet.due("t1"));
    }
}
