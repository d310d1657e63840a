package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static List<Text.Tok> toks(String s) {
        return Text.lex(Text.normalize(s));
    }

    @Test void valueOfDigitsAndWords() {
        NumberWords en = NumberWords.forLanguage("en");
        assertEquals(new BigDecimal("7"), en.value("seven"));
        assertEquals(new BigDecimal("2.5"), en.value("2,5"));
        assertNull(en.value("hammer"));
    }

    @Test void phrasesAddUpTheirParts() {
        NumberWords en = NumberWords.forLanguage("en");
        assertEquals(new NumberWords.Phrase(320, 3), en.phraseAt(toks("three hundred twenty hammers"), 0));
        assertEquals(new NumberWords.Phrase(5, 1), en.phraseAt(toks("hammers five"), 1));
        assertNull(en.phraseAt(toks("hammers five"), 0));
        NumberWords ru = NumberWords.forLanguage("ru");
        assertEquals(new NumberWords.Phrase(150, 2), ru.phraseAt(toks("сто пятьдесят молотков"), 0));
    }

    @Test void aPartMustBeSmallerThanThePlaceBeforeIt() {
        // "twenty thirty" is two numbers, not fifty
        assertEquals(new NumberWords.Phrase(20, 1), NumberWords.forLanguage("en").phraseAt(toks("twenty thirty"), 0));
    }
}
