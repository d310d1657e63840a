package org.offerbridge.quotation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.DeliveryException;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteMessage;
import org.offerbridge.quotation.api.QuoteSender;
import org.offerbridge.quotation.api.Recipient;
import org.offerbridge.quotation.api.SentQuote;
import org.offerbridge.ui.api.Texts;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;

/** The send dialog's "through the conversation" choice and when it is offered, without a browser. */
class SendThroughConversationTest {

    private final Texts t = Texts.of(QuotesView.class, Locale.ENGLISH);
    private final List<String> sends = new ArrayList<>();

    @Test
    void offeredOnlyForAQuoteWhoseRequestCameFromAConversationWhileTheSenderIsThere() {
        ConversationRoute route = new ConversationRoute(inbox(request("r1", "whatsapp", "conv-1"), request("r2", "api", null)),
                () -> List.of(sender("email", null), sender("conversation", null)));

        ConversationRoute.Offer offer = route.offer(quote("r1"), Locale.ENGLISH).orElseThrow();
        assertEquals("whatsapp", offer.kind());
        assertEquals("Priya Shah", offer.contact());
        assertNull(offer.refusal());
        assertTrue(route.offer(quote("r2"), Locale.ENGLISH).isEmpty(), "a request from POST /requests has no conversation");
        assertTrue(route.offer(quote(null), Locale.ENGLISH).isEmpty(), "a quote not made from a request");
        assertTrue(route.offer(quote("r-other-tenant"), Locale.ENGLISH).isEmpty(), "a request the bound workspace does not find");
        assertTrue(new ConversationRoute(inbox(request("r1", "whatsapp", "conv-1")), () -> List.of(sender("email", null)))
                .offer(quote("r1"), Locale.ENGLISH).isEmpty(), "without the channels' conversation sender");
    }

    @Test
    void aChannelThatCannotSendNowIsOfferedWithItsReasonInTheStaffMembersLanguage() {
        ProblemException closed = new ProblemException(409, "conflict", "Conflict", "the 24-hour window is closed", "channel")
                .withMessage("channels.cannotReply", "the 24-hour window is closed");
        ConversationRoute route = new ConversationRoute(inbox(request("r1", "whatsapp", "conv-1")),
                () -> List.of(sender("conversation", closed)));
        assertEquals("This quote cannot go through the conversation: the 24-hour window is closed",
                route.offer(quote("r1"), Locale.ENGLISH).orElseThrow().refusal());
        assertEquals("Dieses Angebot kann nicht über die Unterhaltung gesendet werden: the 24-hour window is closed",
                ConversationRoute.refusal(closed, Locale.GERMAN));
    }

    @Test
    void choosingTheConversationHidesTheRecipientsSaysWhatWhatsAppDoesAfter24HoursAndSendsThroughIt() {
        SendDialog d = dialog(new ConversationRoute.Offer("whatsapp", "Priya Shah", null), () -> {
            sends.add("conversation");
            return new SentQuote(quote("r1"), List.of(), List.of());
        });
        RadioButtonGroup<String> route = find(d, "send-channel");
        assertEquals("Through the conversation (WhatsApp · Priya Shah)", route.getItemCaptionGenerator().apply("conversation"));
        assertTrue(find(d, "send-recipient-0-email").isVisible() && visible(d, "send-recipient-0-email"));

        route.setValue("conversation");
        assertFalse(visible(d, "send-recipient-0-email"), "the quote goes to the conversation's customer only");
        Label note = find(d, "send-channel-note");
        assertTrue(note.isVisible());
        assertTrue(note.getValue().contains("24 hours") && note.getValue().contains("without the PDF"), note.getValue());
        ((Button) find(d, "send-confirm")).click();
        assertEquals(List.of("conversation"), sends);
    }

    @Test
    void a409IsShownNextToTheChoiceAndTheDialogStaysOpen() {
        SendDialog d = dialog(new ConversationRoute.Offer("telegram", null, null), () -> {
            throw new ProblemException(409, "conflict", "Conflict", "the bot was blocked by the user", "channel")
                    .withMessage("channels.cannotReply", "the bot was blocked by the user");
        });
        RadioButtonGroup<String> route = find(d, "send-channel");
        assertEquals("Through the conversation (Telegram)", route.getItemCaptionGenerator().apply("conversation"));
        Label note = find(d, "send-channel-note");
        route.setValue("conversation");
        assertFalse(note.getValue().contains("24 hours"), "the template note is WhatsApp's");
        Label refusal = find(d, "send-channel-refusal");
        assertFalse(refusal.isVisible());
        ((Button) find(d, "send-confirm")).click();
        assertTrue(refusal.isVisible());
        assertEquals("This quote cannot go through the conversation: the bot was blocked by the user", refusal.getValue());
        assertTrue(find(d, "send-confirm") != null, "still the form, not the links");
    }

    @Test
    void withoutAConversationTheDialogIsAsBefore() {
        SendDialog d = new SendDialog(t, new Recipient("Ann", "ann@example.com"), r -> null, s -> { }, e -> { });
        assertNull(find(d, "send-channel"));
        assertTrue(visible(d, "send-recipient-0-email"));
    }

    private SendDialog dialog(ConversationRoute.Offer offer, java.util.function.Supplier<SentQuote> viaConversation) {
        return new SendDialog(t, new Recipient("Priya Shah", "priya@example.com"), r -> {
            sends.add("email " + r);
            return new SentQuote(quote("r1"), List.of(), List.of());
        }, s -> { }, e -> sends.add("failed " + e.getMessage()), offer, viaConversation);
    }

    private static Quote quote(String requestId) {
        return new Quote("q1", "Q-1", "Q-1", 1, null, null, "EUR", false, null, List.of(), null, false, null, null, null, null,
                requestId, null, "en", Instant.EPOCH, Instant.EPOCH, null, null, null, null, null);
    }

    private static IntakeRequest request(String id, String channel, String conversationId) {
        return new IntakeRequest(id, channel, new IntakeRequest.Sender("Priya Shah", null, "+15550001"), "2 pumps", List.of(), "parsed",
                null, "en", null, Instant.EPOCH, Instant.EPOCH, null, List.of(), null, conversationId);
    }

    private static RequestInbox inbox(IntakeRequest... requests) {
        return (RequestInbox) Proxy.newProxyInstance(RequestInbox.class.getClassLoader(), new Class<?>[] {RequestInbox.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("get") && args.length == 1) {
                        return java.util.Arrays.stream(requests).filter(r -> r.id().equals(args[0])).findFirst();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static QuoteSender sender(String channel, ProblemException refusal) {
        return new QuoteSender() {
            @Override
            public String channel() {
                return channel;
            }

            @Override
            public Optional<String> unavailable() {
                return Optional.empty();
            }

            @Override
            public String checkAddress(String address) {
                return address;
            }

            @Override
            public Optional<String> addressFor(Quote quote) {
                if (refusal != null) {
                    throw refusal;
                }
                return Optional.of("conv-1");
            }

            @Override
            public void send(QuoteMessage message) throws DeliveryException {
            }
        };
    }

    /** Whether the component and all its parents are visible, as the browser would show it. */
    private static boolean visible(Component root, String id) {
        Component c = find(root, id);
        for (; c != null; c = c.getParent()) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <C extends Component> C find(Component root, String id) {
        if (id.equals(root.getId())) {
            return (C) root;
        }
        if (root instanceof HasComponents parent) {
            for (Component c : parent) {
                C found = find(c, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
