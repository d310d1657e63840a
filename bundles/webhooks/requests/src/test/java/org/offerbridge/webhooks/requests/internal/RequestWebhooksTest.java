package org.offerbridge.webhooks.requests.internal;

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
import org.offerbridge.parser.api.RequestEvents;
import org.offerbridge.webhooks.api.WebhookEvents;
import org.offerbridge.webhooks.api.WebhookPublisher;

class RequestWebhooksTest {
    private final WebhookPublisher publisher = mock(WebhookPublisher.class);
    private final RequestWebhooks bridge = new RequestWebhooks(publisher);

    @Test
    void theParserNamesTheEventsWebhooksAdvertise() {
        assertEquals(WebhookEvents.REQUEST_RECEIVED, RequestEvents.RECEIVED);
        assertEquals(WebhookEvents.REQUEST_CONFIRMED, RequestEvents.CONFIRMED);
    }

    @Test
    void aReceivedRequestIsPublishedForItsTenantUnderItsEventIdWithTheRequestIdFirst() {
        bridge.requestEvent("e-1", "t1", RequestEvents.RECEIVED, "r1", Map.of("status", "proposed"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(publisher).publishFor(eq("t1"), eq("e-1"), eq("request.received"), data.capture());
        assertEquals(List.of("requestId", "status"), List.copyOf(data.getValue().keySet()));
        assertEquals("r1", data.getValue().get("requestId"));
        assertEquals("proposed", data.getValue().get("status"));
    }

    @Test
    void aConfirmedRequestCarriesItsQuote() {
        bridge.requestEvent("e-2", "t1", RequestEvents.CONFIRMED, "r1", Map.of("quoteId", "q1"));
        verify(publisher).publishFor("t1", "e-2", "request.confirmed", Map.of("requestId", "r1", "quoteId", "q1"));
    }

    @Test
    void noPayloadStillNamesTheRequest() {
        bridge.requestEvent("e-3", "t1", RequestEvents.RECEIVED, "r1", null);
        verify(publisher).publishFor("t1", "e-3", "request.received", Map.of("requestId", "r1"));
    }

    @Test
    void eventsIntegratorsCannotSubscribeToAreLeftOut() {
        bridge.requestEvent("e-4", "t1", "request.reparsed", "r1", Map.of());
        bridge.requestEvent("e-5", "t1", null, "r1", Map.of());
        verify(publisher, never()).publishFor(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aFailureToQueueIsThrownBackSoTheChangeRollsBack() {
        doThrow(new IllegalStateException("database away")).when(publisher).publishFor(anyString(), anyString(), anyString(), any());
        assertThrows(IllegalStateException.class, () -> bridge.requestEvent("e-6", "t1", RequestEvents.CONFIRMED, "r1", Map.of()));
    }
}
