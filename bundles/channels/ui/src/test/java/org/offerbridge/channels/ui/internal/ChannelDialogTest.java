package org.offerbridge.channels.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Label;
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

    @Test
    void anEmailChannelWithSmtpAndAUserNameThatIsNoAddressSendsItsFromAddress() {
        ChannelDialog d = ChannelDialog.connect(session, channels, t, List.of("email"), created -> { });
        Components.<TextField>find(d, "channel-name").setValue("Shop mailbox");
        Components.<TextField>find(d, "channel-setting-imapHost").setValue("imap.example.com");
        Components.<TextField>find(d, "channel-setting-username").setValue("shop01");
        Components.<PasswordField>find(d, "channel-setting-password").setValue("pw");
        Components.<TextField>find(d, "channel-setting-smtpHost").setValue("smtp.example.com");
        Components.<TextField>find(d, "channel-setting-fromAddress").setValue(" sales@example.com ");
        assertNotNull(Components.find(d, "channel-help-fromAddress"));
        Components.<Button>find(d, "channel-save").click();

        assertEquals("sales@example.com", channels.lastSettings.get("fromAddress"));
        assertEquals("smtp.example.com", channels.lastSettings.get("smtpHost"));
    }

    @Test
    void aWhatsAppChannelTakesAnApprovedTemplateAndClearsItWithNull() {
        ChannelDialog d = ChannelDialog.connect(session, channels, t, List.of("whatsapp"), created -> { });
        Components.<TextField>find(d, "channel-setting-templateName").setValue("order_followup");
        Components.<TextField>find(d, "channel-setting-templateLanguage").setValue("en_US");
        assertNotNull(Components.find(d, "channel-help-templateName"));
        Components.<Button>find(d, "channel-save").click();
        assertEquals("order_followup", channels.lastSettings.get("templateName"));
        assertEquals("en_US", channels.lastSettings.get("templateLanguage"));

        Channel wa = new Channel("ch1", "whatsapp", "Sales WhatsApp", Channel.CONNECTED, null, "https://x/in/abc",
                Map.of("phoneNumberId", "106540352242922", "templateName", "order_followup", "templateLanguage", "en_US"), null, null, null,
                Instant.EPOCH);
        ChannelDialog edit = ChannelDialog.edit(session, channels, t, wa, saved -> { });
        assertEquals("order_followup", Components.<TextField>find(edit, "channel-setting-templateName").getValue());
        Components.<TextField>find(edit, "channel-setting-templateName").setValue("");
        Components.<Button>find(edit, "channel-save").click();

        assertTrue(channels.lastSettings.containsKey("templateName"));
        assertNull(channels.lastSettings.get("templateName"), "an emptied optional value is sent as null: the kinds clear it");
        assertTrue(channels.lastSettings.containsKey("templateLanguage"));
        assertNull(channels.lastSettings.get("templateLanguage"), "the language means nothing without the template");
    }

    @Test
    void clearingTheSmtpServerClearsItAndTheDefaultsTheServerFilledInButKeepsSecretsAndTheMailbox() {
        Channel mail = new Channel("ch2", "email", "Mailbox", Channel.CONNECTED, null, "https://x/in/abc",
                Map.of("imapHost", "imap.example.com", "imapPort", "993", "imapSecurity", "ssl", "username", "shop01", "folder", "INBOX",
                        "smtpHost", "smtp.example.com", "smtpPort", "587", "smtpSecurity", "starttls", "fromAddress", "sales@example.com"),
                null, null, null, Instant.EPOCH);
        ChannelDialog d = ChannelDialog.edit(session, channels, t, mail, saved -> { });
        assertEquals("sales@example.com", Components.<TextField>find(d, "channel-setting-fromAddress").getValue());
        Components.<TextField>find(d, "channel-setting-smtpHost").setValue(" ");
        Components.<Button>find(d, "channel-save").click();

        Map<String, Object> sent = channels.lastSettings;
        for (String cleared : List.of("smtpHost", "smtpPort", "smtpSecurity")) {
            assertTrue(sent.containsKey(cleared) && sent.get(cleared) == null, cleared + " sent as null: " + sent);
        }
        assertEquals("sales@example.com", sent.get("fromAddress"), "the mailbox stays the Reply-To through the workspace's server");
        assertEquals("imap.example.com", sent.get("imapHost"));
        assertEquals(993, sent.get("imapPort"));
        assertTrue(!sent.containsKey("password") && !sent.containsKey("smtpPassword"), "an empty secret keeps the stored one");
        assertTrue(!sent.containsKey("smtpUsername"), "a value that was never set is not sent");
    }

    @Test
    void replyTokensIsACheckboxSentAsTrueAndClearedWhenUnticked() {
        ChannelDialog d = ChannelDialog.connect(session, channels, t, List.of("email"), created -> { });
        CheckBox tokens = Components.find(d, "channel-setting-replyTokens");
        assertFalse(tokens.getValue(), "off unless the mailbox takes plus-addresses");
        assertTrue(Components.<Label>find(d, "channel-help-replyTokens").getValue().contains("plus-address"));
        Components.<Button>find(d, "channel-save").click();
        assertFalse(channels.lastSettings.containsKey("replyTokens"), "unticked is the kinds' default: " + channels.lastSettings);

        tokens.setValue(true);
        Components.<Button>find(d, "channel-save").click();
        assertEquals("true", channels.lastSettings.get("replyTokens"));

        Channel mail = new Channel("ch3", "email", "Mailbox", Channel.CONNECTED, null, "https://x/in/abc",
                Map.of("imapHost", "imap.example.com", "username", "sales@example.com", "replyTokens", "true"), null, null, null,
                Instant.EPOCH);
        ChannelDialog edit = ChannelDialog.edit(session, channels, t, mail, saved -> { });
        CheckBox stored = Components.find(edit, "channel-setting-replyTokens");
        assertTrue(stored.getValue());
        stored.setValue(false);
        Components.<Button>find(edit, "channel-save").click();
        assertTrue(channels.lastSettings.containsKey("replyTokens") && channels.lastSettings.get("replyTokens") == null,
                "unticking a stored flag clears it: " + channels.lastSettings);
    }

    @Test
    void theSmtpHelpSaysRepliesGoThroughTheWorkspacesEmailSettingsWithoutOne() {
        ChannelDialog d = ChannelDialog.connect(session, channels, t, List.of("email"), created -> { });
        String help = Components.<Label>find(d, "channel-help-smtpHost").getValue();
        assertTrue(help.contains("Settings → Email"), help);
        assertFalse(help.contains("refused"), help);
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
