package org.offerbridge.rfqform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FormTokensTest {
    private static final Duration MIN = Duration.ofSeconds(3);
    private static final Duration MAX = Duration.ofHours(24);
    private final FormTokens tokens = new FormTokens("a key of the workspace's form, 32+ bytes".getBytes(StandardCharsets.UTF_8));
    private final Instant served = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aFormSentAfterTheFillTimeAndWithinItsAgeIsAccepted() {
        String t = tokens.issue("form-a", served);
        assertEquals(FormTokens.Check.OK, tokens.check(t, "form-a", served.plusSeconds(3), MIN, MAX));
        assertEquals(FormTokens.Check.OK, tokens.check(t, "form-a", served.plus(MAX), MIN, MAX));
    }

    @Test
    void aFormSentTooSoonOrTooLateIsRefused() {
        String t = tokens.issue("form-a", served);
        assertEquals(FormTokens.Check.TOO_FAST, tokens.check(t, "form-a", served.plusSeconds(2), MIN, MAX));
        assertEquals(FormTokens.Check.TOO_FAST, tokens.check(t, "form-a", served.minusSeconds(60), MIN, MAX), "served in the future");
        assertEquals(FormTokens.Check.EXPIRED, tokens.check(t, "form-a", served.plus(MAX).plusSeconds(1), MIN, MAX));
    }

    @Test
    void aTokenOfAnotherFormAnotherKeyOrAChangedTimeIsInvalid() {
        String t = tokens.issue("form-a", served);
        Instant later = served.plusSeconds(60);
        assertEquals(FormTokens.Check.INVALID, tokens.check(t, "form-b", later, MIN, MAX));
        FormTokens other = new FormTokens("another workspace's key, also long".getBytes(StandardCharsets.UTF_8));
        assertEquals(FormTokens.Check.INVALID, other.check(t, "form-a", later, MIN, MAX));
        String[] parts = t.split("\\.");
        String earlier = parts[0] + "." + (Long.parseLong(parts[1]) - 100) + "." + parts[2];
        assertEquals(FormTokens.Check.INVALID, tokens.check(earlier, "form-a", later, MIN, MAX), "backdating to look slower fails");
        assertEquals(FormTokens.Check.INVALID, tokens.check("v1.x.y", "form-a", later, MIN, MAX));
        assertEquals(FormTokens.Check.INVALID, tokens.check("garbage", "form-a", later, MIN, MAX));
        assertEquals(FormTokens.Check.MISSING, tokens.check(" ", "form-a", later, MIN, MAX));
        assertEquals(FormTokens.Check.MISSING, tokens.check(null, "form-a", later, MIN, MAX));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FormTokens(new byte[8]));
    }
}
