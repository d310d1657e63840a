package org.offerbridge.channels.quotes.internal;

import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.channels.spi.ConversationSender;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.quotation.api.QuoteSender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Channel {@code "conversation"} of {@code POST /quotes/{id}/send}: the quote through its conversation on whichever channel the quote's request came from. */
@Component(service = QuoteSender.class)
public class ConversationQuoteSender extends QuoteThroughConversation {

    @Activate
    public ConversationQuoteSender(@Reference ConversationSender sender, @Reference ChannelService channels, @Reference RequestInbox requests) {
        super("conversation", null, sender, channels, requests);
    }
}
