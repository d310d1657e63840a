package org.offerbridge.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.Customer.Handle;
import org.offerbridge.customers.api.CustomerValues;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

class CustomerRulesTest {

    // --- names and texts ---------------------------------------------------------------------------

    @Test
    void nameIsTrimmedAndCollapsedToOneLine() {
        assertEquals("Acme Hardware Pvt Ltd", CustomerRules.name("name", "  Acme\tHardware \n Pvt   Ltd "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void blankNameIsRequired(String name) {
        assertInvalid("name", () -> CustomerRules.name("name", name));
        assertInvalid("name", () -> CustomerRules.name("name", null));
    }

    @Test
    void overlongTextNamesTheField() {
        assertEquals("x".repeat(200), FieldRules.name("company", "x".repeat(200), 200));
        assertInvalid("company", () -> FieldRules.name("company", "x".repeat(201), 200));
    }

    @Test
    void blankOptionalTextBecomesNull() {
        assertNull(FieldRules.name("company", "  ", 200));
        assertNull(FieldRules.name("company", null, 200));
    }

    // --- emails ------------------------------------------------------------------------------------

    @Test
    void emailsAreLowerCasedAndDeduplicatedInOrder() {
        assertEquals(List.of("ana@acme.example", "ops@acme.example"),
                CustomerRules.emails("emails", List.of(" Ana@Acme.Example ", "ops@acme.example", "ANA@acme.example")));
    }

    @Test
    void badEmailNamesItsIndex() {
        ProblemException e = assertInvalid("emails[1]", () -> CustomerRules.emails("emails", List.of("a@b.example", "not-an-email")));
        assertTrue(e.getMessage().contains("emails[1]"));
        assertInvalid("emails[0]", () -> CustomerRules.emails("emails", Collections.singletonList(null)));
    }

    @Test
    void tooManyEntriesNameTheList() {
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("p" + i + "@x.example");
        }
        assertInvalid("emails", () -> CustomerRules.emails("emails", eleven));
    }

    @Test
    void absentListStaysNull() {
        assertNull(CustomerRules.emails("emails", null));
        assertNull(CustomerRules.phones("phones", null));
        assertNull(CustomerRules.handles("handles", null));
    }

    // --- phones ------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "'+91 98765-43210', 919876543210",
            "'(022) 2345 6789', 02223456789",
            "'+1 415.555.0100', 14155550100",
            "'12345', 12345",
    })
    void phonesKeepTheirSpellingAndNormaliseToDigits(String phone, String digits) {
        String kept = FieldRules.phone("phones[0]", phone);
        assertEquals(phone.strip(), kept);
        assertEquals(digits, CustomerRules.digits(kept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "1234", "+91 98765 43210 ext 5", "1234567890123456", "++91 98765", "98765@43210"})
    void notPhoneNumbersAreRejected(String phone) {
        assertInvalid("phones[0]", () -> FieldRules.phone("phones[0]", phone));
    }

    @Test
    void twoSpellingsOfOnePhoneCountOnce() {
        assertEquals(List.of("+91 98765-43210", "022 2345 6789"),
                CustomerRules.phones("phones", List.of("+91 98765-43210", "022 2345 6789", "+91 9876543210")));
    }

    // --- messenger handles -------------------------------------------------------------------------

    @Test
    void handlesLowerCaseTheChannelAndKeepTheHandle() {
        assertEquals(List.of(new Handle("whatsapp", "+91 98765 43210"), new Handle("telegram", "@AcmeBuyer")),
                CustomerRules.handles("handles", List.of(new Handle(" WhatsApp ", "+91 98765 43210"),
                        new Handle("telegram", "@AcmeBuyer"), new Handle("telegram", "@acmebuyer"))));
    }

    @Test
    void badHandlesNameTheNestedField() {
        assertInvalid("handles[0].channel", () -> CustomerRules.handles("handles", List.of(new Handle("what's app", "x"))));
        assertInvalid("handles[0].channel", () -> CustomerRules.handles("handles", List.of(new Handle(null, "x"))));
        assertInvalid("handles[1].handle", () -> CustomerRules.handles("handles",
                List.of(new Handle("telegram", "@a"), new Handle("instagram", " "))));
        assertInvalid("handles[0]", () -> CustomerRules.handles("handles", Arrays.asList((Handle) null)));
    }

    @Test
    void phoneLikeHandlesAreKeyedByDigitsOthersLowerCased() {
        assertEquals("919876543210", CustomerRules.handleKey("+91 98765 43210"));
        assertEquals("@acmebuyer", CustomerRules.handleKey("@AcmeBuyer"));
        assertEquals("acme.tools", CustomerRules.handleKey("Acme.Tools"));
    }

    @Test
    void nationalDigitsDropCountryCodeAndTrunkPrefix() {
        assertEquals("9876543210", CustomerRules.nationalDigits("919876543210"));
        assertEquals("9876543210", CustomerRules.nationalDigits("09876543210"));
        assertEquals("12345", CustomerRules.nationalDigits("12345"));
    }

    @Test
    void looksLikePhoneNeedsOnlyPhoneCharactersAndEnoughDigits() {
        assertTrue(CustomerRules.looksLikePhone("+91 98765-43210", 4));
        assertFalse(CustomerRules.looksLikePhone("Shop 12345", 4));
        assertFalse(CustomerRules.looksLikePhone("123", 4));
    }

    // --- notes -------------------------------------------------------------------------------------

    @Test
    void notesAreTrimmedAndBounded() {
        assertEquals("Prefers WhatsApp\nafter 6pm", CustomerRules.note("text", "  Prefers WhatsApp\nafter 6pm  "));
        assertInvalid("text", () -> CustomerRules.note("text", " "));
        assertInvalid("text", () -> CustomerRules.note("text", "n".repeat(CustomerRules.MAX_NOTE + 1)));
    }

    // --- whole cards (REST and CustomerDirectory share these) -----------------------------------------

    private static final UnaryOperator<String> ANY_OWNER = id -> id;

    @Test
    void newCardNormalisesEveryFieldAndDefaultsAbsentListsToEmpty() {
        CustomerDraft d = CustomerRules.newCard(new CustomerValues(" Acme  Hardware ", " ", null,
                List.of("Ana@Acme.Example"), null, List.of(new Handle("Telegram", "@ana")), "  "), ANY_OWNER);
        assertEquals("Acme Hardware", d.name());
        assertNull(d.company());
        assertEquals(List.of("ana@acme.example"), d.emails());
        assertEquals(List.of(), d.phones());
        assertEquals(List.of(new Handle("telegram", "@ana")), d.handles());
        assertNull(d.ownerId());
    }

    @Test
    void newCardNamesTheFieldAtFault() {
        assertInvalid("name", () -> CustomerRules.newCard(values(null, null, null), ANY_OWNER));
        assertInvalid("phones[1]", () -> CustomerRules.newCard(values("Acme", List.of("+91 98765 43210", "call me"), null), ANY_OWNER));
        assertInvalid("ownerId", () -> CustomerRules.newCard(values("Acme", null, "u-9"), id -> {
            throw ProblemException.invalid("ownerId", "ownerId is not an active staff member of this workspace");
        }));
    }

    @Test
    void changesKeepNullFieldsClearEmptyTextsAndReplaceLists() {
        Customer current = new Customer("c1", "Acme", "Acme Ltd", "Ana",
                List.of("ana@acme.example"), List.of("12345"), List.of(), "u-1", Instant.EPOCH, Instant.EPOCH);
        CustomerDraft d = CustomerRules.changes(new CustomerValues(null, "", null, null,
                List.of("+49 30 1234567"), null, null), ANY_OWNER).applyTo(current);
        assertEquals("Acme", d.name());
        assertNull(d.company());
        assertEquals("Ana", d.contactPerson());
        assertEquals(List.of("ana@acme.example"), d.emails());
        assertEquals(List.of("+49 30 1234567"), d.phones());
        assertEquals("u-1", d.ownerId());
        assertNull(CustomerRules.changes(values(null, null, ""), ANY_OWNER).applyTo(current).ownerId());
    }


    @Test
    void languageChangeKeepsClearsOrReplaces() {
        Customer current = new Customer("c1", "Acme", null, null, List.of(), List.of(), List.of(), null, "de",
                Instant.EPOCH, Instant.EPOCH);
        assertEquals("de", CustomerRules.changes(language(null), ANY_OWNER).applyTo(current).language());
        assertNull(CustomerRules.changes(language(""), ANY_OWNER).applyTo(current).language());
        assertEquals("uk", CustomerRules.changes(language("uk"), ANY_OWNER).applyTo(current).language());
        assertEquals("hi-IN", CustomerRules.newCard(new CustomerValues("Acme", null, null, null, null, null, null, "hi-in"),
                ANY_OWNER).language());
        assertInvalid("language", () -> CustomerRules.changes(language("Deutsch!"), ANY_OWNER));
    }

    private static CustomerValues language(String tag) {
        return new CustomerValues(null, null, null, null, null, null, null, tag);
    }

    @Test
    void changesAreValidatedWithoutTheCard() {
        assertInvalid("name", () -> CustomerRules.changes(values(" ", null, null), ANY_OWNER));
    }

    private static CustomerValues values(String name, List<String> phones, String ownerId) {
        return new CustomerValues(name, null, null, null, phones, null, ownerId);
    }

    @Test
    void missingBodyIsA400NamingBody() {
        assertInvalid("body", () -> FieldRules.body(null));
    }
}
