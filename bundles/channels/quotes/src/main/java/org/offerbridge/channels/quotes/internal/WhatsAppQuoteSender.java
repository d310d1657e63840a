package org.offerbridge.channels.quotes.internal;

import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.channels.spi.ConversationSender;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.quotation.api.QuoteSender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Channel {@code "whatsapp"} of {@code POST /quotes/{id}/send}: the quote through its conversation on WhatsApp. */
@Component(service = QuoteSender.class)
public class WhatsAppQuoteSender extends QuoteThroughConversation {

    @Activate
    public WhatsAppQuoteSender(@Reference ConversationSender sender, @Reference ChannelService channels, @Reference RequestInbox requests) {
        super("whatsapp", "whatsapp", sender, channels, requests);
    }
}
