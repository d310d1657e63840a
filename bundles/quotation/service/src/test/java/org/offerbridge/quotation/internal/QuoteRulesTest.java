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

class QuoteInputsTest {

    private static void assertInvalid(String field, Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(400, e.status());
        assertEquals(field, e.field());
    }

    @Test
    void localesAreCanonicalAndAGuessThatIsNoTagIsDropped() {
        assertEquals("en-IN", QuoteInputs.locale("en-in"));
        assertNull(QuoteInputs.locale(" "));
        assertInvalid("locale", () -> QuoteInputs.locale("english"));
        assertEquals("hi", QuoteInputs.detectedLocale("hi"));
        assertNull(QuoteInputs.detectedLocale("hinglish?"));
    }

    @Test
    void aCustomerByContactNeedsANameOrAValidEmail() {
        assertEquals(new QuoteCustomer(null, "buy@acme.example", "buy@acme.example", null),
                QuoteInputs.customer(new QuoteCustomer(null, " ", " buy@acme.example ", null)));
        assertInvalid("customer", () -> QuoteInputs.customer(null));
        assertInvalid("customer.email", () -> QuoteInputs.customer(new QuoteCustomer(null, "Acme", "not-an-email", null)));
        assertInvalid("customer.name", () -> QuoteInputs.customer(new QuoteCustomer(null, null, null, "+91 98765 43210")));
        assertInvalid("customer.name", () -> QuoteInputs.customer(new QuoteCustomer(null, "Acme\tLtd", null, null)));
    }

    @Test
    void recipientsAreBoundedAndEachNeedsANameOrEmail() {
        assertEquals(List.of(new Recipient("Ana", null)), QuoteInputs.recipients(List.of(new Recipient(" Ana ", ""))));
        assertEquals(List.of(), QuoteInputs.recipients(null));
        assertInvalid("recipients[1].name", () -> QuoteInputs.recipients(List.of(new Recipient("Ana", null), new Recipient(" ", null))));
        List<Recipient> many = new ArrayList<>();
        for (int i = 0; i <= QuoteInputs.MAX_RECIPIENTS; i++) {
            many.add(new Recipient("R" + i, null));
        }
        assertInvalid("recipients", () -> QuoteInputs.recipients(many));
    }

    @Test
    void theNoteKeepsLineBreaksButNoOtherControlCharacters() {
        assertEquals("Hello\nsee you", QuoteInputs.note("  Hello\r\nsee you "));
        assertNull(QuoteInputs.note("  "));
        assertInvalid("note", () -> QuoteInputs.note("bell\u0007"));
        assertInvalid("note", () -> QuoteInputs.note("x".repeat(2001)));
    }
}
