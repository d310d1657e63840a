package org.offerbridge.rfqform.ui.internal;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.testing.TranslationCheck;

class MessagesTest {

    @Test
    void everyLanguageHasEveryTextWithTheEnglishArguments() {
        TranslationCheck.of(MessagesTest.class, "messages").assertValid(TranslationCheck.LANGUAGES);
    }
}
