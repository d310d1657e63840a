package org.offerbridge.channels.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.Conversation;
import org.offerbridge.platform.api.Role;
import org.offerbridge.ui.api.Texts;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;

class ChannelsViewTest {

    @Test
    void adminsGetTheActionsAndChangingOneNeedsAChosenChannel() {
        ChannelsView view = new ChannelsView(new FakeSession(Role.ADMIN), new FakeChannels());
        Button connect = Components.find(view, "channels-connect");
        assertTrue(visible(connect));
        assertTrue(connect.isEnabled());
        for (String id : new String[] {"channels-edit", "channels-test", "channels-delete"}) {
            assertFalse(Components.<Button>find(view, id).isEnabled(), id + " before a channel is chosen");
        }
        assertEquals("No channels yet.", Components.<Label>find(view, "channels-summary").getValue());
    }

    @Test
    void showsEveryChannelPastOnePageOfTheService() {
        FakeChannels channels = new FakeChannels();
        for (int i = 0; i < ChannelsView.PAGE + 1; i++) {
            channels.stored.add(new Channel(String.format("ch%04d", i), "webhook", "Line " + i, Channel.CONNECTED, null, "https://x/in/" + i,
                    Map.of(), null, null, null, Instant.EPOCH));
        }
        ChannelsView view = new ChannelsView(new FakeSession(Role.ADMIN), channels);
        assertEquals("501 channels.", Components.<Label>find(view, "channels-summary").getValue());
        assertEquals(List.of("list null", "list ch0499"), channels.calls);
    }

    @Test
    void otherRolesReadOnly() {
        ChannelsView view = new ChannelsView(new FakeSession(Role.SALES), new FakeChannels());
        assertFalse(visible(Components.find(view, "channels-connect")));
        assertFalse(visible(Components.find(view, "channels-delete")));
        assertTrue(visible(Components.find(view, "channels-grid")));
    }

    @Test
    void aConversationsChannelIsShownWithItsKindAndNeverAsNull() {
        Texts t = Texts.of(ChannelsViewContribution.class, Locale.ENGLISH);
        assertEquals("Sales (WhatsApp)", ConversationsView.channelText(t, new Conversation.ChannelRef("c1", "whatsapp", "Sales")));
        assertEquals("Email", ConversationsView.channelText(t, new Conversation.ChannelRef("c1", "email", null)));
        assertEquals("–", ConversationsView.channelText(t, new Conversation.ChannelRef("c1", null, null)));
        assertEquals("–", ConversationsView.channelText(t, null));
    }

    /** Visible itself and in every parent, as the browser would show it. */
    private static boolean visible(Component c) {
        for (Component x = c; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
