package org.offerbridge.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.platform.api.rest.ProblemException;

class SearchTermsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankQueryListsEverything(String q) {
        SearchTerms t = SearchTerms.of(q);
        assertTrue(t.all());
        assertNull(t.digits());
    }

    @Test
    void textIsLowerCasedTrimmedAndWrappedForContains() {
        SearchTerms t = SearchTerms.of("  ACME  Hardware ");
        assertEquals("%acme hardware%", t.text());
        assertNull(t.digits(), "words are not a phone number");
    }

    @Test
    void emailSearchIsCaseInsensitive() {
        assertEquals("%ana@acme.example%", SearchTerms.of("Ana@ACME.example").text());
    }

    @ParameterizedTest
    @CsvSource({
            "'+91 98765-43210', %9876543210%",
            "'98765 43210', %9876543210%",
            "'(022) 2345', %0222345%",
            "'5678', %5678%",
    })
    void phoneLikeQueriesSearchDigits(String q, String digits) {
        assertEquals(digits, SearchTerms.of(q).digits());
    }

    @Test
    void tooFewDigitsAreNotAPhoneSearch() {
        assertNull(SearchTerms.of("123").digits());
        assertNull(SearchTerms.of("Shop 12345").digits());
    }

    @Test
    void likeWildcardsInTheQueryAreEscaped() {
        assertEquals("%100!% cotton!_tape!!%", SearchTerms.of("100% cotton_tape!").text());
    }

    @Test
    void overlongQueryIsA400NamingQ() {
        ProblemException e = assertThrows(ProblemException.class, () -> SearchTerms.of("q".repeat(SearchTerms.MAX_QUERY + 1)));
        assertEquals("q", e.field());
        assertEquals(400, e.status());
    }
}
