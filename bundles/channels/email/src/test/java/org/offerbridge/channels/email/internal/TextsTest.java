package org.offerbridge.channels.email.internal;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.testing.TranslationCheck;

/** The email kind's texts for staff in all our languages. */
class TextsTest {
    @Test
    void everyTextInEveryLanguage() {
        TranslationCheck.of(EmailTexts.class, "/l10n/email-channel").assertValid();
    }
}
