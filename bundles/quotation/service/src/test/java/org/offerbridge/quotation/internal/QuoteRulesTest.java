package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.Recipient;

class QuoteRulesTest {

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
    void theEmailFollowsTheSharedRuleAsOnCustomerCards() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> QuoteRules.customer(new QuoteCustomer(null, "Acme", "buy@acme.x", null)));
        assertEquals("customer.email", e.field());
        assertEquals("field.email", e.messageKey());
        assertEquals("buy@acme.example", QuoteRules.customer(new QuoteCustomer(null, "Acme", "Buy@Acme.Example", null)).email());
        assertInvalid("customer.phone", () -> QuoteRules.customer(new QuoteCustomer(null, "Acme", null, "call me")));
    }

    @Test
    void linesNeedASkuAQuantityAboveZeroAndADiscountBelowAHundred() {
        assertInvalid("lines", () -> QuoteRules.lines(null));
        assertInvalid("lines[0].sku", () -> QuoteRules.lines(List.of(new QuoteDraft.LineInput(" ", BigDecimal.ONE, null))));
        assertInvalid("lines[1].quantity", () -> QuoteRules.lines(List.of(new QuoteDraft.LineInput("A", BigDecimal.ONE, null),
                new QuoteDraft.LineInput("B", BigDecimal.ZERO, null))));
        assertInvalid("lines[0].quantity", () -> QuoteRules.lines(List.of(new QuoteDraft.LineInput("A", new BigDecimal("0.00001"), null))));
        assertInvalid("lines[0].discountPercent", () -> QuoteRules.lines(List.of(new QuoteDraft.LineInput("A", BigDecimal.ONE,
                new BigDecimal("100")))));
        assertEquals(List.of(new QuoteDraft.LineInput("A", new BigDecimal("2.5"), new BigDecimal("10"))),
                QuoteRules.lines(List.of(new QuoteDraft.LineInput(" A ", new BigDecimal("2.500"), new BigDecimal("10.00")))));
    }

    @Test
    void theValidityIsFromTodayWithinTheLongestAllowed() {
        LocalDate today = Transitions.today();
        assertEquals(today.plusDays(30), QuoteRules.validUntil(null, QuoteSettings.DEFAULTS));
        assertEquals(today, QuoteRules.validUntil(today, QuoteSettings.DEFAULTS));
        assertInvalid("validUntil", () -> QuoteRules.validUntil(today.minusDays(1), QuoteSettings.DEFAULTS));
        assertInvalid("validUntil", () -> QuoteRules.validUntil(today.plusDays(SettingsRules.MAX_VALIDITY_DAYS + 1), QuoteSettings.DEFAULTS));
    }

    @Test
    void settingsAreCheckedWithTheSharedNumberRules() {
        assertInvalid("validityDays", () -> SettingsRules.validate(new QuoteSettings("Q-{seq}", 0, null, false, BigDecimal.ZERO)));
        assertInvalid("approvalDiscountPercent", () -> SettingsRules.validate(new QuoteSettings("Q-{seq}", 30, new BigDecimal("100"), false,
                BigDecimal.ZERO)));
        assertInvalid("defaultTaxRate", () -> SettingsRules.validate(new QuoteSettings("Q-{seq}", 30, null, false, new BigDecimal("100.5"))));
        assertInvalid("numberPattern", () -> SettingsRules.validate(new QuoteSettings(" ", 30, null, false, null)));
        assertInvalid("body", () -> SettingsRules.validate(null));
        assertEquals(new QuoteSettings("Q-{seq}", 30, new BigDecimal("12.5"), true, BigDecimal.ZERO),
                SettingsRules.validate(new QuoteSettings("Q-{seq}", 30, new BigDecimal("12.50"), true, null)));
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
        assertInvalid("recipients[0].email", () -> QuoteRules.recipients(List.of(new Recipient("B", "b at buyer"))));
    }

    @Test
    void theNoteKeepsLineBreaksButNoOtherControlCharacters() {
        assertEquals("Hello\nsee you", QuoteRules.note("  Hello\r\nsee you "));
        assertNull(QuoteRules.note("  "));
        assertInvalid("note", () -> QuoteRules.note("bell\u0007"));
        assertInvalid("note", () -> QuoteRules.note("x".repeat(2001)));
    }
}
