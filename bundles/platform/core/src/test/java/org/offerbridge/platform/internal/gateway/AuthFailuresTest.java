package org.offerbridge.platform.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AuthFailuresTest {
    private final AtomicLong now = new AtomicLong(TimeUnit.DAYS.toNanos(3));

    private static AuthenticationLimits limit(int perMinute) {
        return new AuthenticationLimits() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AuthenticationLimits.class;
            }

            @Override
            public int authFailuresPerMinute() {
                return perMinute;
            }
        };
    }

    @Test
    void anAddressIsRefusedAfterItsBurstAndOthersAreNot() {
        AuthFailures failures = new AuthFailures(limit(3), now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, failures.retryAfter("203.0.113.7"), "failure " + (i + 1) + " is still allowed");
            failures.record("203.0.113.7");
        }
        long wait = failures.retryAfter("203.0.113.7");
        assertTrue(wait >= 1 && wait <= 20, "one token refills in 20 s at 3 a minute, was " + wait);
        assertEquals(0, failures.retryAfter("203.0.113.8"));
        assertEquals(0, failures.retryAfter("2001:db8:0:0:0:0:0:1"));

        now.addAndGet(TimeUnit.SECONDS.toNanos(wait));
        assertEquals(0, failures.retryAfter("203.0.113.7"), "the address may try again after Retry-After");
    }

    @Test
    void checkingDoesNotCountOnlyRecordingDoes() {
        AuthFailures failures = new AuthFailures(limit(2), now::get);
        for (int i = 0; i < 50; i++) {
            assertEquals(0, failures.retryAfter("203.0.113.7"));
        }
        failures.record("203.0.113.7");
        failures.record("203.0.113.7");
        assertTrue(failures.retryAfter("203.0.113.7") > 0);
    }

    @Test
    void aChangedLimitAppliesToTheNextCheck() {
        AuthFailures failures = new AuthFailures(limit(1), now::get);
        failures.record("203.0.113.7");
        assertTrue(failures.retryAfter("203.0.113.7") > 0);
        failures.modified(limit(1000));
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
        assertEquals(0, failures.retryAfter("203.0.113.7"), "refills at the new rate");
        failures.modified(limit(0));
        assertEquals(0, failures.retryAfter("203.0.113.7"), "0 switches the limit off");
    }
}
