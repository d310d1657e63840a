package org.offerbridge.ui.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.testing.TranslationCheck;

class MessagesTest {
    private final TranslationCheck messages = TranslationCheck.of(MessagesTest.class, "messages");

    @Test
    void everyLanguageHasEveryTextWithTheEnglishArguments() {
        messages.assertValid(TranslationCheck.LANGUAGES);
    }

    @Test
    void theShellOffersEnglishAndExactlyTheLanguagesItHasAFileFor() {
        Set<String> files = new TreeSet<>(messages.languages());
        files.add("en");
        assertEquals(files, new TreeSet<>(ShellTexts.LANGUAGES));
    }

    @Test
    void aSupportedLanguageIsPickedBeforeEnglish() {
        assertEquals(Locale.forLanguageTag("uk-UA"), ShellTexts.pick(Locale.JAPANESE, Locale.forLanguageTag("uk-UA"), Locale.GERMAN));
        assertEquals(Locale.ENGLISH, ShellTexts.pick(Locale.JAPANESE, null));
    }
}
