package org.offerbridge.channels.quotes.internal;

import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.channels.spi.ConversationSender;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.quotation.api.QuoteSender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Channel {@code "telegram"} of {@code POST /quotes/{id}/send}: the quote through its conversation on Telegram. */
@Component(service = QuoteSender.class)
public class TelegramQuoteSender extends QuoteThroughConversation {

    @Activate
    public TelegramQuoteSender(@Reference ConversationSender sender, @Reference ChannelService channels, @Reference RequestInbox requests) {
        super("telegram", "telegram", sender, channels, requests);
    }
}
