package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.Recipient;

class QuoteRulesTest {

    private static void assertInvalid(String field, Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(400, e.status());
        assertEquals(field, e.field());
    }

    @Test
    void localesAreCanonicalAndAGuessThatIsNoTagIsDropped() {
        assertEquals("en-IN", QuoteRules.locale("en-in"));
        assertNull(QuoteRules.locale(" "));
        assertInvalid("locale", () -> QuoteRules.locale("english"));
        assertEquals("hi", QuoteRules.detectedLocale("hi"));
        assertNull(QuoteRules.detectedLocale("hinglish?"));
    }

    @Test
    void aCustomerByContactNeedsANameOrAValidEmail() {
        assertEquals(new QuoteCustomer(null, "buy@acme.example", "buy@acme.example", null),
                QuoteRules.customer(new QuoteCustomer(null, " ", " buy@acme.example ", null)));
        assertInvalid("customer", () -> QuoteRules.customer(null));
        assertInvalid("customer.email", () -> QuoteRules.customer(new QuoteCustomer(null, "Acme", "not-an-email", null)));
        assertInvalid("customer.name", () -> QuoteRules.customer(new QuoteCustomer(null, null, null, "+91 98765 43210")));
        assertInvalid("customer.name", () -> QuoteRules.customer(new QuoteCustomer(null, "Acme\tLtd", null, null)));
    }

    @Test
    void recipientsAreBoundedAndEachNeedsANameOrEmail() {
        assertEquals(List.of(new Recipient("Ana", null)), QuoteRules.recipients(List.of(new Recipient(" Ana ", ""))));
        assertEquals(List.of(), QuoteRules.recipients(null));
        assertInvalid("recipients[1].name", () -> QuoteRules.recipients(List.of(new Recipient("Ana", null), new Recipient(" ", null))));
        List<Recipient> many = new ArrayList<>();
        for (int i = 0; i <= QuoteRules.MAX_RECIPIENTS; i++) {
            many.add(new Recipient("R" + i, null));
        }
        assertInvalid("recipients", () -> QuoteRules.recipients(many));
    }

    @Test
    void theNoteKeepsLineBreaksButNoOtherControlCharacters() {
        assertEquals("Hello\nsee you", QuoteRules.note("  Hello\r\nsee you "));
        assertNull(QuoteRules.note("  "));
        assertInvalid("note", () -> QuoteRules.note("bell\u0007"));
        assertInvalid("note", () -> QuoteRules.note("x".repeat(2001)));
    }
}
