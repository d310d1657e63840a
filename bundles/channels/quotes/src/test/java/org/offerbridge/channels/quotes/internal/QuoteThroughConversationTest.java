package org.offerbridge.channels.quotes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.channels.spi.ConversationSender;
import org.offerbridge.channels.spi.OutboundFile;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.DeliveryException;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteMessage;

class QuoteThroughConversationTest {
    private final ConversationSender sender = mock(ConversationSender.class);
    private final ChannelService channels = mock(ChannelService.class);
    private final RequestInbox requests = mock(RequestInbox.class);
    private final WhatsAppQuoteSender whatsapp = new WhatsAppQuoteSender(sender, channels, requests);
    private final ConversationQuoteSender any = new ConversationQuoteSender(sender, channels, requests);

    private static Quote quote(String requestId) {
        Quote q = mock(Quote.class);
        when(q.requestId()).thenReturn(requestId);
        return q;
    }

    private void requestFrom(String conversationId, String kind) {
        IntakeRequest r = mock(IntakeRequest.class);
        when(r.conversationId()).thenReturn(conversationId);
        when(requests.get("r1")).thenReturn(Optional.of(r));
        when(sender.find(conversationId)).thenReturn(Optional.of(new ConversationSender.Target(conversationId, "ch1", kind, "Shop", "Asha")));
        when(sender.cannotSend(conversationId)).thenReturn(Optional.empty());
    }

    private static void assertConflictOnChannel(Runnable r, String says) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        assertEquals(409, e.status());
        assertEquals("channel", e.field());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void theAddressIsTheConversationTheQuotesRequestCameFrom() {
        requestFrom("conv1", "whatsapp");
        assertEquals(Optional.of("conv1"), whatsapp.addressFor(quote("r1")));
        assertEquals(Optional.of("conv1"), any.addressFor(quote("r1")));
        assertEquals("conversation", any.channel());
        assertEquals("whatsapp", whatsapp.channel());
    }

    @Test
    void aQuoteWithoutConversationOrFromAnotherKindIsAConflictNamingChannel() {
        assertConflictOnChannel(() -> whatsapp.addressFor(quote(null)), "not made from a request");
        when(requests.get("r0")).thenReturn(Optional.empty());
        assertConflictOnChannel(() -> whatsapp.addressFor(quote("r0")), "did not come from a conversation");
        requestFrom("conv2", "telegram");
        assertConflictOnChannel(() -> whatsapp.addressFor(quote("r1")), "telegram conversation, not whatsapp");
        when(sender.cannotSend("conv2")).thenReturn(Optional.of("The channel 'Shop' is disconnected"));
        assertConflictOnChannel(() -> any.addressFor(quote("r1")), "disconnected");
    }

    @Test
    void aKindWithoutChannelIsUnavailableButConversationAlwaysIs() {
        when(channels.list(null, 500)).thenReturn(List.of());
        assertTrue(whatsapp.unavailable().isPresent());
        assertTrue(any.unavailable().isEmpty());
    }

    @Test
    void sendingPassesTheTextThePdfAndTheTemplateParametersAndMapsTheOutcome() throws Exception {
        QuoteMessage m = new QuoteMessage("t1", "0f8fad5b-d9cb-469f-a165-70867728950e", "q1", "Q-7", 1, "Sharma Traders", "Asha", "conv1",
                Locale.ENGLISH, java.time.LocalDate.of(2027, 1, 6), new java.math.BigDecimal("10"), "INR", "https://ob.example/q/x", null,
                new byte[] {1, 2, 3}, "Q-7.pdf");
        when(sender.send(anyString(), anyString(), anyString(), anyString(), anyList(), anyList())).thenReturn(SendOutcome.sent("wamid.1"));
        whatsapp.send(m);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<OutboundFile>> files = ArgumentCaptor.forClass(List.class);
        verify(sender).send(eq("t1"), eq("conv1"), eq("0f8fad5b-d9cb-469f-a165-70867728950e"), any(), files.capture(),
                eq(List.of("Asha", "Q-7", "https://ob.example/q/x")));
        assertEquals("Q-7.pdf", files.getValue().get(0).name());
        assertEquals("application/pdf", files.getValue().get(0).contentType());

        when(sender.send(anyString(), anyString(), anyString(), anyString(), anyList(), anyList())).thenReturn(SendOutcome.retry("HTTP 503"));
        DeliveryException heals = assertThrows(DeliveryException.class, () -> whatsapp.send(m));
        assertFalse(heals.permanent());
        when(sender.send(anyString(), anyString(), anyString(), anyString(), anyList(), anyList()))
                .thenReturn(SendOutcome.contactOnly("Telegram cannot deliver to this contact (Forbidden: bot was blocked by the user)"));
        DeliveryException blocked = assertThrows(DeliveryException.class, () -> whatsapp.send(m));
        assertTrue(blocked.permanent());
        assertTrue(blocked.getMessage().contains("blocked"));
    }
}
