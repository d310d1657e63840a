package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.ChannelKind;

class BackoffAndKindsTest {

    @Test
    void retriesDoubleAndStopAfterTheLastAttempt() {
        WorkProcessor.Backoff b = new WorkProcessor.Backoff(5000, 4);
        assertEquals(1000 + 5000, b.next(1, 1000));
        assertEquals(1000 + 10000, b.next(2, 1000));
        assertEquals(1000 + 20000, b.next(3, 1000));
        assertNull(b.next(4, 1000), "given up");
    }

    @Test
    void kindsAreDispatchedByIdAndComeAndGo() {
        ChannelKinds kinds = new ChannelKinds();
        ChannelKind webhook = kind("webhook");
        ChannelKind telegram = kind("telegram");
        kinds.bind(webhook);
        kinds.bind(telegram);
        assertSame(webhook, kinds.find("webhook").orElseThrow());
        assertEquals(List.of("telegram", "webhook"), kinds.ids());
        kinds.unbind(telegram);
        assertTrue(kinds.find("telegram").isEmpty());
        assertTrue(kinds.find(null).isEmpty());
        assertInvalid("kind", () -> ChannelRules.kind("telegram", kinds.ids()));
        assertEquals("webhook", ChannelRules.kind(" WEBHOOK ", kinds.ids()));
    }

    @Test
    void aKindAnotherCapabilityMakesIsNotOfferedToStaffButCanStillBeMade() {
        ChannelKinds kinds = new ChannelKinds();
        ChannelKind webhook = kind("webhook");
        when(webhook.connectedByStaff()).thenReturn(true);
        ChannelKind webform = kind("webform");
        when(webform.connectedByStaff()).thenReturn(false);
        kinds.bind(webhook);
        kinds.bind(webform);
        assertEquals(List.of("webhook"), kinds.connectedByStaff());
        assertEquals(List.of("webform", "webhook"), kinds.ids(), "the making capability still creates its channel through create");
    }

    @Test
    void aStandInOfTheSameIdServesWhileItIsThereAndTheRealKindServesAgainAfter() {
        ChannelKinds kinds = new ChannelKinds();
        ChannelKind real = kind("telegram");
        ChannelKind standIn = kind("telegram");
        kinds.bind(real);
        kinds.bind(standIn);
        assertSame(standIn, kinds.find("telegram").orElseThrow());
        kinds.unbind(standIn);
        assertSame(real, kinds.find("telegram").orElseThrow());
        kinds.unbind(real);
        assertTrue(kinds.find("telegram").isEmpty());
        assertEquals(List.of(), kinds.ids());
    }

    @Test
    void fieldRules() {
        assertInvalid("name", () -> ChannelRules.name(" "));
        assertInvalid("text", () -> ChannelRules.replyText(""));
        assertInvalid("state", () -> ChannelRules.state("archived"));
        assertEquals("open", ChannelRules.state("OPEN"));
        assertEquals(ChannelRules.MAX_REASON, ChannelRules.reason("x".repeat(900)).length());
    }

    private static ChannelKind kind(String id) {
        ChannelKind k = mock(ChannelKind.class);
        when(k.id()).thenReturn(id);
        return k;
    }
}
