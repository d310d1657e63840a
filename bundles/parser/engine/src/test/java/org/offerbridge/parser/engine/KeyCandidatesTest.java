package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.parser.engine.StageInputs.TOOLS;
import static org.offerbridge.parser.engine.StageInputs.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyCandidatesTest {

    private static Text.Tok tok(String w) {
        List<Text.Tok> toks = Text.lex(Text.normalize(w));
        Text.keyWords(toks, TOOLS.latinLang, "en");
        return toks.get(0);
    }

    @Test void exactKeysOfInflectedForms() {
        assertEquals(Map.of("hammer", 1.0), KeyCandidates.of(tok("hammers"), TOOLS));
    }

    @Test void oneTypoAndTruncatedWords() {
        assertEquals(Map.of("hammer", 0.8), KeyCandidates.of(tok("hamer"), TOOLS));
        assertEquals(Map.of("nitril", 0.9), KeyCandidates.of(tok("nitri"), TOOLS));
    }

    @Test void numbersAndUnknownWordsOnlyExactly() {
        assertEquals(Map.of("10", 1.0), KeyCandidates.of(tok("10"), TOOLS));
        assertEquals(Map.of(), KeyCandidates.of(tok("11"), TOOLS));
        assertEquals(Map.of(), KeyCandidates.of(tok("screwdriver"), TOOLS));
    }

    @Test void namesProduct() {
        assertTrue(KeyCandidates.namesProduct(tok("hamer"), entry("HAM"), TOOLS));
        assertFalse(KeyCandidates.namesProduct(tok("hamer"), entry("SAW"), TOOLS));
    }
}
