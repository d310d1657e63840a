package org.offerbridge.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TranslationCheckTest {

    @Test
    void findsEveryTranslationNextToTheBaseFile() {
        TranslationCheck good = TranslationCheck.of(TranslationCheckTest.class, "good/texts");
        assertEquals(Set.of("de", "fr"), good.languages());
        assertEquals("Bonjour\u00a0{0}\u00a0!", good.texts("fr").getProperty("greeting"));
        assertEquals("Hello {0}", good.base().getProperty("greeting"));
        good.assertValid();
        good.assertValid(List.of("fr", "de"));
    }

    @Test
    void aMissingOrUnexpectedLanguageFails() {
        TranslationCheck good = TranslationCheck.of(TranslationCheckTest.class, "good/texts");
        assertThrows(AssertionFailedError.class, () -> good.assertValid(List.of("de", "fr", "es")));
        assertThrows(AssertionFailedError.class, () -> good.assertValid(List.of("de")));
        assertThrows(IllegalArgumentException.class, () -> good.texts("es"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String report = assertThrows(AssertionFailedError.class,
                () -> TranslationCheck.of(TranslationCheckTest.class, "/org/offerbridge/platform/testing/bad/texts").assertValid())
                .getMessage();
        for (String expected : List.of(
                "texts_de: keys missing [count], keys not in English [extra]",
                "texts_de greeting: arguments [], English has [0]",
                "texts_de quote: MessageFormat drops a single '",
                "texts_de extra: not a MessageFormat pattern",
                "texts_fr greeting: French wants a no-break space",
                "texts_fr quote: write the apostrophe as ’")) {
            assertTrue(report.contains(expected), () -> expected + " in:\n" + report);
        }
    }

    @Test
    void aFileThatIsNotUtf8Fails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> TranslationCheck.of(TranslationCheckTest.class, "latin1/texts"));
        assertTrue(e.getMessage().contains("texts_de.properties is not valid UTF-8"), e.getMessage());
    }

    @Test
    void aMissingBaseFileIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TranslationCheck.of(TranslationCheckTest.class, "messages"));
        assertTrue(e.getMessage().contains("messages.properties"), e.getMessage());
    }

    @Test
    void argumentsAreTheIndicesUsedAlsoInsideChoices() {
        assertEquals(Set.of(0, 2), TranslationCheck.argumentIndices("{2} of {0,number,integer}"));
        assertEquals(Set.of(0), TranslationCheck.argumentIndices("{0,choice,0#none|1<{0} items}"));
        assertEquals(Set.of(0), TranslationCheck.argumentIndices("''{0}'' is an argument in quotes"));
        assertEquals(Set.of(), TranslationCheck.argumentIndices("'{0}' is quoted text"));
    }
}
