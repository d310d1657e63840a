package org.offerbridge.channels.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;

/** The connect/change form without a browser: what it shows per kind and exactly what it sends. */
class ChannelDialogTest {

    private final Texts t = Texts.of(ChannelsViewContribution.class, Locale.ENGLISH);
    private final FakeChannels channels = new FakeChannels();
    private final Session session = new Session();

    @Test
    void changingKeepsSecretsWriteOnlyAndSendsOnlyWhatWasFilledIn() {
        Channel wa = new Channel("ch1", "whatsapp", "Sales WhatsApp", Channel.CONNECTED, null, "https://x/in/abc",
                Map.of("phoneNumberId", "106540352242922"), null, null, null, Instant.EPOCH);
        ChannelDialog d = ChannelDialog.edit(session, channels, t, wa, saved -> { });

        assertEquals("106540352242922", this.<TextField>find(d, "channel-setting-phoneNumberId").getValue());
        for (String secret : List.of("accessToken", "appSecret", "verifyToken")) {
            PasswordField field = assertInstanceOf(PasswordField.class, find(d, "channel-setting-" + secret));
            assertEquals("", field.getValue(), "a secret is never shown");
            assertEquals(t.get("secret.unchanged"), field.getPlaceholder());
            assertNotNull(find(d, "channel-help-" + secret));
        }
        this.<PasswordField>find(d, "channel-setting-accessToken").setValue(" EAAG-new-token ");
        this.<Button>find(d, "channel-save").click();

        assertEquals(List.of("update ch1 Sales WhatsApp {phoneNumberId=106540352242922, accessToken=EAAG-new-token}"), channels.calls);
    }

    @Test
    void connectingSendsTheChosenKindWithItsSettingsAndPortsAsNumbers() {
        ChannelDialog d = ChannelDialog.connect(session, channels, t, List.of("webhook", "email"), created -> { });
        this.<com.vaadin.ui.ComboBox<String>>find(d, "channel-kind").setValue("email");
        this.<TextField>find(d, "channel-name").setValue("Orders mailbox");
        this.<TextField>find(d, "channel-setting-imapHost").setValue("imap.example.com");
        this.<TextField>find(d, "channel-setting-imapPort").setValue("993");
        this.<TextField>find(d, "channel-setting-username").setValue("orders@example.com");
        this.<PasswordField>find(d, "channel-setting-password").setValue("pw");
        this.<Button>find(d, "channel-save").click();

        assertEquals(1, channels.calls.size());
        assertEquals("create email Orders mailbox {imapHost=imap.example.com, imapPort=993, imapSecurity=ssl, "
                + "username=orders@example.com, password=pw}", channels.calls.get(0));
        assertInstanceOf(Integer.class, channels.lastSettings.get("imapPort"));
    }

    @Test
    void aRefusedSettingIsShownOnItsField() {
        channels.refuse = FieldRules.invalid("settings.botToken", "botToken looks wrong", "field.invalid", "settings.botToken");
        ChannelDialog d = ChannelDialog.connect(session, channels, t, List.of("telegram"), created -> { });
        this.<TextField>find(d, "channel-name").setValue("Bot");
        this.<PasswordField>find(d, "channel-setting-botToken").setValue("nope");
        this.<Button>find(d, "channel-save").click();

        AbstractComponent field = find(d, "channel-setting-botToken");
        assertNotNull(field.getComponentError(), "the 400 lands on the field it names");
        assertNull(this.<AbstractComponent>find(d, "channel-name").getComponentError());
        assertTrue(session.errors.isEmpty(), "shown on the field, not as a notification");
    }

    @SuppressWarnings("unchecked")
    private <C extends Component> C find(Component root, String id) {
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

    private static final class FakeChannels implements ChannelService {
        final List<String> calls = new ArrayList<>();
        Map<String, Object> lastSettings;
        ProblemException refuse;

        @Override
        public Created create(String kind, String name, Map<String, Object> settings) {
            if (refuse != null) {
                throw refuse;
            }
            calls.add("create " + kind + " " + name + " " + settings);
            lastSettings = settings;
            return new Created(new Channel("new", kind, name, Channel.CONNECTED, null, "https://x/in/t", Map.of(), null, null, null,
                    Instant.EPOCH), Map.of());
        }

        @Override
        public Channel update(String id, String name, Map<String, Object> settings) {
            calls.add("update " + id + " " + name + " " + settings);
            lastSettings = settings;
            return new Channel(id, "whatsapp", name, Channel.CONNECTED, null, "https://x/in/t", Map.of(), null, null, null, Instant.EPOCH);
        }

        @Override
        public List<Channel> list(String afterId, int limit) {
            return List.of();
        }

        @Override
        public Optional<Channel> get(String id) {
            return Optional.empty();
        }

        @Override
        public Channel test(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return 0;
        }

        @Override
        public List<String> kinds() {
            return List.of("webhook");
        }
    }

    private static final class Session implements UiSession {
        final List<String> errors = new ArrayList<>();

        @Override
        public TenantPrincipal principal() {
            return new TenantPrincipal("t1", "u1", null, Role.ADMIN, "business");
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public java.time.ZoneId zone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public <T> T call(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void run(Runnable work) {
            work.run();
        }

        @Override
        public boolean attempt(Runnable work) {
            work.run();
            return true;
        }

        @Override
        public void notifySuccess(String message) {
        }

        @Override
        public void notifyError(String message) {
            errors.add(message);
        }

        @Override
        public void notifyError(Throwable error) {
            errors.add(String.valueOf(error));
        }

        @Override
        public void navigateTo(String viewName, String parameters) {
        }
    }
}
