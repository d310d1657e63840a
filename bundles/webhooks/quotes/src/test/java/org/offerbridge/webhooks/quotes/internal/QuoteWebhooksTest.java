package org.offerbridge.webhooks.quotes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.offerbridge.webhooks.api.WebhookPublisher;

class QuoteWebhooksTest {
    private final WebhookPublisher publisher = mock(WebhookPublisher.class);
    private final QuoteWebhooks bridge = new QuoteWebhooks(publisher);

    @Test
    void aSubscribableQuoteEventIsPublishedForItsTenantUnderItsIdWithTheQuoteIdFirst() {
        bridge.quoteEvent("e-1", "t1", "quote.sent", "q1", Map.of("number", "Q-2026-00001"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(publisher).publishFor(eq("t1"), eq("e-1"), eq("quote.sent"), data.capture());
        assertEquals(List.of("quoteId", "number"), List.copyOf(data.getValue().keySet()));
        assertEquals("q1", data.getValue().get("quoteId"));
    }

    @Test
    void anEventWithoutIdIsPublishedAsANewMessage() {
        bridge.quoteEvent("t1", "quote.accepted", "q1", null);
        verify(publisher).publishFor("t1", null, "quote.accepted", Map.of("quoteId", "q1"));
    }

    @Test
    void eventsIntegratorsCannotSubscribeToAreLeftOut() {
        bridge.quoteEvent("e-2", "t1", "quote.created", "q1", Map.of());
        bridge.quoteEvent("e-3", "t1", "order.created", "q1", Map.of());
        verify(publisher, never()).publishFor(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aFailureToQueueIsThrownBackSoTheEventIsToldAgain() {
        doThrow(new IllegalStateException("database away")).when(publisher).publishFor(anyString(), anyString(), anyString(), any());
        assertThrows(IllegalStateException.class, () -> bridge.quoteEvent("e-4", "t1", "quote.viewed", "q1", Map.of()));
    }
}
