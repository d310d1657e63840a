package org.offerbridge.channels.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Channel;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.ui.api.Texts;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;

/** The connect/change form without a browser: what it shows per kind and exactly what it sends. */
class ChannelDialogTest {

    private final Texts t = Texts.of(ChannelsViewContribution.class, Locale.ENGLISH);
    private final FakeChannels channels = new FakeChannels();
    private final FakeSession session = new FakeSession(Role.ADMIN);

    @Test
    void changingKeepsSecretsWriteOnlyAndSendsOnlyWhatWasFilledIn() {
        Channel wa = new Channel("ch1", "whatsapp", "Sales WhatsApp", Channel.CONNECTED, null, "https://x/in/abc",
                Map.of("phoneNumberId", "106540352242922"), null, null, null, Instant.EPOCH);
        ChannelDialog d = ChannelDialog.edit(session, channels, t, wa, saved -> { });

        assertEquals("106540352242922", Components.<TextField>find(d, "channel-setting-phoneNumberId").getValue());
        for (String secret : List.of("accessToken", "appSecret", "verifyToken")) {
            PasswordField field = assertInstanceOf(PasswordField.class, Components.find(d, "channel-setting-" + secret));
            assertEquals("", field.getValue(), "a secret is never shown");
            assertEquals(t.get("secret.unchanged"), field.getPlaceholder());
            assertNotNull(Components.find(d, "channel-help-" + secret));
        }
        Components.<PasswordField>find(d, "channel-setting-accessToken").setValue(" EAAG-new-token ");
        Components.<Button>find(d, "channel-save").click();

        assertEquals(List.of("update ch1 Sales WhatsApp {phoneNumberId=106540352242922, accessToken=EAAG-new-token}"), channels.calls);
    }

    @Test
    void connectingSendsTheChosenKindWithItsSettingsAndPortsAsNumbers() {
        ChannelDialog d = ChannelDialog.connect(session, channels, t, List.of("webhook", "email"), created -> { });
        Components.<com.vaadin.ui.ComboBox<String>>find(d, "channel-kind").setValue("email");
        Components.<TextField>find(d, "channel-name").setValue("Orders mailbox");
        Components.<TextField>find(d, "channel-setting-imapHost").setValue("imap.example.com");
        Components.<TextField>find(d, "channel-setting-imapPort").setValue("993");
        Components.<TextField>find(d, "channel-setting-username").setValue("orders@example.com");
        Components.<PasswordField>find(d, "channel-setting-password").setValue("pw");
        Components.<Button>find(d, "channel-save").click();

        assertEquals(1, channels.calls.size());
        assertEquals("create email Orders mailbox {imapHost=imap.example.com, imapPort=993, imapSecurity=ssl, "
                + "username=orders@example.com, password=pw}", channels.calls.get(0));
        assertInstanceOf(Integer.class, channels.lastSettings.get("imapPort"));
    }

    @Test
    void aRefusedSettingIsShownOnItsFieldNamedWithoutOptional() {
        channels.refuse = FieldRules.invalid("settings.smtpHost", "smtpHost is required", "field.required", "settings.smtpHost");
        ChannelDialog d = ChannelDialog.connect(session, channels, t, List.of("email"), created -> { });
        Components.<TextField>find(d, "channel-name").setValue("Mailbox");
        Components.<Button>find(d, "channel-save").click();

        AbstractComponent field = Components.find(d, "channel-setting-smtpHost");
        assertNotNull(field.getComponentError(), "the 400 lands on the field it names");
        assertEquals("SMTP server is required.", messageOf(field.getComponentError()));
        assertNull(Components.<AbstractComponent>find(d, "channel-name").getComponentError());
        assertTrue(session.errors.isEmpty(), "shown on the field, not as a notification");
    }

    /** The error's text (its HTML form needs a servlet container). */
    private static String messageOf(com.vaadin.server.ErrorMessage error) {
        try {
            java.lang.reflect.Method m = com.vaadin.server.AbstractErrorMessage.class.getDeclaredMethod("getMessage");
            m.setAccessible(true);
            return (String) m.invoke(error);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
