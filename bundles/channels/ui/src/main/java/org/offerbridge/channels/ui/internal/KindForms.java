package org.offerbridge.channels.ui.internal;

import java.util.List;
import java.util.Map;

/**
 * The settings each kind's form asks for, by the names the kinds read (API.md and issue 16). The help text under a
 * field is the message {@code help.<kind>.<name>}. Secrets are write-only: the form never shows them and an empty
 * secret on edit leaves the stored one; an optional value emptied on edit is sent as null, which the kinds read as
 * "clear it".
 */
final class KindForms {

    /**
     * One setting: its name, whether it is a secret, whether it may stay empty, its choices (null: free text), and the
     * setting it only means something with (null: none) - clearing that one on edit clears this one too, since the
     * server filled defaults (SMTP port, security) that would otherwise keep it from being cleared. A {@code flag} is
     * a checkbox sent as {@code "true"}; unticked it is left out (on edit: cleared), which the kinds read as false.
     */
    record Setting(String name, boolean secret, boolean optional, List<String> choices, String requires, boolean flag) {
        static Setting plain(String name) {
            return new Setting(name, false, false, null, null, false);
        }

        static Setting secret(String name) {
            return new Setting(name, true, false, null, null, false);
        }

        static Setting flag(String name) {
            return new Setting(name, false, true, null, null, true);
        }

        Setting optionalOne() {
            return new Setting(name, secret, true, choices, requires, flag);
        }

        Setting oneOf(String... values) {
            return new Setting(name, secret, optional, List.of(values), requires, flag);
        }

        Setting with(String setting) {
            return new Setting(name, secret, optional, choices, setting, flag);
        }
    }

    /** The kinds the form knows, in the order the kind chooser offers them. */
    static final List<String> ORDER = List.of("webhook", "email", "whatsapp", "telegram", "instagram");

    private static final Map<String, List<Setting>> SETTINGS = Map.of(
            "webhook", List.of(Setting.plain("replyUrl").optionalOne()),
            "whatsapp", List.of(Setting.plain("phoneNumberId"), Setting.secret("accessToken"), Setting.secret("appSecret"),
                    Setting.secret("verifyToken"), Setting.plain("templateName").optionalOne(),
                    Setting.plain("templateLanguage").optionalOne().with("templateName")),
            "telegram", List.of(Setting.secret("botToken")),
            "instagram", List.of(Setting.plain("accountId"), Setting.secret("accessToken"), Setting.secret("appSecret"),
                    Setting.secret("verifyToken")),
            "email", List.of(Setting.plain("imapHost"), Setting.plain("imapPort"),
                    Setting.plain("imapSecurity").oneOf("ssl", "starttls", "none"), Setting.plain("username"),
                    Setting.secret("password"), Setting.plain("folder").optionalOne(), Setting.plain("smtpHost").optionalOne(),
                    Setting.plain("smtpPort").optionalOne().with("smtpHost"),
                    Setting.plain("smtpSecurity").oneOf("ssl", "starttls", "none").optionalOne().with("smtpHost"),
                    Setting.plain("smtpUsername").optionalOne().with("smtpHost"), Setting.secret("smtpPassword").optionalOne(),
                    // the channel's mailbox (Reply-To) whichever server sends, so it stays when the SMTP server is cleared
                    Setting.plain("fromAddress").optionalOne(), Setting.flag("replyTokens")));

    private KindForms() {
    }

    /** The settings of {@code kind}; none for a kind this form does not know (it is connected with a name only). */
    static List<Setting> of(String kind) {
        return SETTINGS.getOrDefault(kind, List.of());
    }

    /** The installed kinds in the form's order, unknown ones last. */
    static List<String> offered(List<String> installed) {
        return installed.stream().sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
    }

    private static int rank(String kind) {
        int i = ORDER.indexOf(kind);
        return i < 0 ? ORDER.size() : i;
    }
}
