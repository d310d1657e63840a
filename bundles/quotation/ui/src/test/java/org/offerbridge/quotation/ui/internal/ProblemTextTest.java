package org.offerbridge.quotation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.ui.api.Texts;

class ProblemTextTest {
    private final Texts en = Texts.of(ProblemText.class, Locale.ENGLISH);
    private final Texts de = Texts.of(ProblemText.class, Locale.GERMAN);

    @Test
    void namesTheLineAndFieldCountingFromOne() {
        assertEquals("Line 2, quantity: quantity must be greater than 0",
                ProblemText.of(ProblemException.invalid("lines[1].quantity", "quantity must be greater than 0"), en));
        assertEquals("Position 1, Rabatt: discountPercent must be at least 0 and below 100",
                ProblemText.of(ProblemException.invalid("lines[0].discountPercent", "discountPercent must be at least 0 and below 100"), de));
        assertEquals("Line 3: bad", ProblemText.of(ProblemException.invalid("lines[2]", "bad"), en));
        assertEquals("Recipient 1, email: email is not an address",
                ProblemText.of(ProblemException.invalid("recipients[0].email", "email is not an address"), en));
    }

    @Test
    void namesPlainFieldsAndKeepsUnknownOnes() {
        assertEquals("Valid until: validUntil is in the past; change it before sending",
                ProblemText.of(ProblemException.invalid("validUntil", "validUntil is in the past; change it before sending"), en));
        assertEquals("Gültig bis: x", ProblemText.of(ProblemException.invalid("validUntil", "x"), de));
        assertEquals("somethingNew: x", ProblemText.of(ProblemException.invalid("somethingNew", "x"), en));
        assertEquals("just the detail", ProblemText.of(new ProblemException(400, "validation", "Invalid", "just the detail", null), en));
    }

    @Test
    void explainsApprovalConflictsAndRoles() {
        ProblemException approval = new ProblemException(409, "approval-required", "Approval required",
                "A discount of 30% is above the approval threshold; an admin must approve the quote first", "status");
        assertEquals("Approval required: A discount of 30% is above the approval threshold; an admin must approve the quote first",
                ProblemText.of(approval, en));
        assertEquals("The quote has changed meanwhile: Only a draft can be changed",
                ProblemText.of(new ProblemException(409, "quote-frozen", "Conflict", "Only a draft can be changed", "status"), en));
        assertEquals("Your role does not allow this.", ProblemText.of(ProblemException.forbidden("admins only"), en));
        assertEquals("This quote is no longer there.", ProblemText.of(ProblemException.notFound("Quote q1"), en));
    }
}
