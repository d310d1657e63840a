package org.offerbridge.channels.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offerbridge.ui.api.Texts;

class KindFormsTest {

    private final Texts en = Texts.of(ChannelsViewContribution.class, Locale.ENGLISH);

    @Test
    void everyKindAndSettingHasACaptionAndAHelpLine() {
        for (String kind : KindForms.ORDER) {
            assertTrue(en.has("kind." + kind), kind);
            assertTrue(en.has("help." + kind), kind);
            for (KindForms.Setting s : KindForms.of(kind)) {
                assertTrue(en.has("setting." + s.name()), s.name());
                assertTrue(en.has("help." + kind + "." + s.name()), kind + "." + s.name());
                if (s.choices() != null) {
                    s.choices().forEach(c -> assertTrue(en.has("choice." + c), c));
                }
            }
        }
    }

    @Test
    void settingsAreTheNamesTheKindsRead() {
        assertEquals(List.of("botToken"), names("telegram"));
        assertEquals(List.of("phoneNumberId", "accessToken", "appSecret", "verifyToken", "templateName", "templateLanguage"), names("whatsapp"));
        assertEquals(List.of("accountId", "accessToken", "appSecret", "verifyToken"), names("instagram"));
        assertEquals(List.of("imapHost", "imapPort", "imapSecurity", "username", "password", "folder"), names("email").subList(0, 6));
        assertEquals(List.of("smtpHost", "smtpPort", "smtpSecurity", "smtpUsername", "smtpPassword", "fromAddress", "replyTokens"),
                names("email").subList(6, 13));
        assertEquals(List.of("replyUrl"), names("webhook"));
    }

    @Test
    void tokensAndPasswordsAreSecretsAndIdsAreNot() {
        assertTrue(setting("telegram", "botToken").secret());
        assertTrue(setting("whatsapp", "accessToken").secret());
        assertTrue(setting("whatsapp", "appSecret").secret());
        assertTrue(setting("email", "password").secret());
        assertFalse(setting("whatsapp", "phoneNumberId").secret());
        assertFalse(setting("email", "username").secret());
        assertTrue(setting("webhook", "replyUrl").optional());
        assertTrue(setting("email", "fromAddress").optional());
        assertTrue(setting("whatsapp", "templateName").optional());
        // the mailbox is the Reply-To through the workspace's server too: clearing the SMTP server keeps it
        assertEquals(null, setting("email", "fromAddress").requires());
        assertEquals("smtpHost", setting("email", "smtpPort").requires());
        assertTrue(setting("email", "replyTokens").flag());
        assertFalse(setting("email", "fromAddress").flag());
    }

    @Test
    void offersOnlyTheInstalledKindsInTheFormsOrder() {
        assertEquals(List.of("webhook", "telegram", "future"), KindForms.offered(List.of("future", "telegram", "webhook")));
        assertEquals(List.of(), KindForms.of("future"));
    }

    private static List<String> names(String kind) {
        return KindForms.of(kind).stream().map(KindForms.Setting::name).toList();
    }

    private static KindForms.Setting setting(String kind, String name) {
        return KindForms.of(kind).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
