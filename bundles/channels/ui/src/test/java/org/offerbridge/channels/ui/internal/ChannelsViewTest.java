package org.offerbridge.channels.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;

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
    void otherRolesReadOnly() {
        ChannelsView view = new ChannelsView(new FakeSession(Role.SALES), new FakeChannels());
        assertFalse(visible(Components.find(view, "channels-connect")));
        assertFalse(visible(Components.find(view, "channels-delete")));
        assertTrue(visible(Components.find(view, "channels-grid")));
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
