package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.internal.OutboundSending.Effect;
import org.offerbridge.channels.spi.SendOutcome;

class OutboundEffectTest {

    @Test
    void aContactOnlyFailureFailsTheMessageButNotTheChannel() {
        SendOutcome blocked = SendOutcome.contactOnly("Forbidden: bot was blocked by the user");
        assertFalse(blocked.sent());
        assertFalse(blocked.heals());
        assertTrue(blocked.contactOnly());
        assertEquals(Effect.CONTACT_FAILED, Effect.of(blocked, null));
    }

    @Test
    void aPermanentFailureIsTheChannels() {
        SendOutcome revoked = SendOutcome.permanent("token revoked");
        assertFalse(revoked.contactOnly());
        assertEquals(Effect.CHANNEL_FAILED, Effect.of(revoked, null));
    }

    @Test
    void aFailureThatMayHealIsTriedAgainUntilTheRetriesRunOut() {
        SendOutcome busy = SendOutcome.retry("HTTP 503");
        assertEquals(Effect.RETRY, Effect.of(busy, 1234L));
        assertEquals(Effect.CHANNEL_FAILED, Effect.of(busy, null), "retries ran out: someone must look at the channel");
        assertEquals(Effect.SENT, Effect.of(SendOutcome.sent("wamid.1"), null));
    }

    @Test
    void theShapeOfVersionOnePointTwoStillMeansTheChannel() {
        SendOutcome old = new SendOutcome(false, null, "refused", false);
        assertFalse(old.contactOnly());
        assertEquals(Effect.CHANNEL_FAILED, Effect.of(old, null));
    }
}
