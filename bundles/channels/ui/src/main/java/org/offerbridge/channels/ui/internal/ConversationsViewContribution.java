package org.offerbridge.channels.ui.internal;

import java.util.Locale;

import org.offerbridge.channels.api.ConversationService;
import org.offerbridge.channels.api.MessageAttachments;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/**
 * The Conversations view, right after Requests in the menu. The parser's {@link RequestInbox} is always there with
 * channels (the feature installs it), for the links to the requests made from a conversation.
 */
@Component(service = ViewContribution.class)
public class ConversationsViewContribution extends CapabilityViewContribution {
    private final ConversationService conversations;
    private final RequestInbox requests;
    private final StaffDirectory staff;
    private final MessageAttachments attachments;

    @Activate
    public ConversationsViewContribution(@Reference ConversationService conversations, @Reference RequestInbox requests,
            @Reference StaffDirectory staff, @Reference MessageAttachments attachments) {
        super(ConversationsView.NAME, ChannelsViewContribution.CAPABILITY, VaadinIcons.CHAT, 150);
        this.conversations = conversations;
        this.requests = requests;
        this.staff = staff;
        this.attachments = attachments;
    }

    @Override
    public String caption(Locale locale) {
        // both views of this bundle share its messages; "menu" is the Channels view's caption
        return Texts.of(getClass(), locale).get("conversations.menu");
    }

    @Override
    public View createView(UiSession session) {
        return new ConversationsView(session, conversations, requests, staff, attachments);
    }
}
