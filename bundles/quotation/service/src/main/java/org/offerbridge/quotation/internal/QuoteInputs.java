package org.offerbridge.quotation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.Recipient;

/** Checks and normalises what callers give the quote service; each failure is a 400 naming the field. */
final class QuoteInputs {
    static final int MAX_RECIPIENTS = 20;

    private QuoteInputs() {
    }

    /** A parser's language guess as a tag, or null when it is none (it never refuses a confirmation). */
    static String detectedLocale(String language) {
        try {
            return locale(language);
        } catch (ProblemException e) {
            return null;
        }
    }

    /** A customer given by contact (no card id): name or email required. */
    static QuoteCustomer customer(QuoteCustomer given) {
        if (given == null) {
            throw ProblemException.invalid("customer", "customer (or customerId) is required");
        }
        String name = text("customer.name", given.name(), 200);
        String email = text("customer.email", given.email(), 254);
        String phone = text("customer.phone", given.phone(), 40);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ProblemException.invalid("customer.email", "customer.email is not an email address");
        }
        if (name == null && email == null) {
            throw ProblemException.invalid("customer.name", "customer.name (or customer.email) is required");
        }
        return new QuoteCustomer(null, name != null ? name : email, email, phone);
    }

    static LocalDate validUntil(LocalDate given, QuoteSettings settings) {
        LocalDate today = Transitions.today();
        if (given == null) {
            return today.plusDays(settings.validityDays());
        }
        if (given.isBefore(today)) {
            throw ProblemException.invalid("validUntil", "validUntil must not be in the past");
        }
        if (given.isAfter(today.plusDays(SettingsRules.MAX_VALIDITY_DAYS))) {
            throw ProblemException.invalid("validUntil", "validUntil must be within " + SettingsRules.MAX_VALIDITY_DAYS + " days");
        }
        return given;
    }

    static String locale(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        if (!given.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")) {
            throw ProblemException.invalid("locale", "locale must be a language tag such as de or en-IN");
        }
        return Locale.forLanguageTag(given).toLanguageTag();
    }

    static List<Recipient> recipients(List<Recipient> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_RECIPIENTS) {
            throw ProblemException.invalid("recipients", "At most " + MAX_RECIPIENTS + " recipients");
        }
        List<Recipient> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Recipient r = given.get(i);
            String name = r == null ? null : text("recipients[" + i + "].name", r.name(), 200);
            String email = r == null ? null : text("recipients[" + i + "].email", r.email(), 254);
            if (name == null && email == null) {
                throw ProblemException.invalid("recipients[" + i + "].name", "A recipient needs a name or an email");
            }
            out.add(new Recipient(name, email));
        }
        return out;
    }

    /** The personal message: several lines allowed, other control characters not. */
    static String note(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace("\r\n", "\n");
        if (v.length() > 2000) {
            throw ProblemException.invalid("note", "note must be at most 2000 characters");
        }
        if (v.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')) {
            throw ProblemException.invalid("note", "note must not contain control characters other than line breaks");
        }
        return v;
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ProblemException.invalid(field, field + " must be at most " + max + " characters");
        }
        if (v.chars().anyMatch(ch -> ch < 0x20)) {
            throw ProblemException.invalid(field, field + " must not contain control characters");
        }
        return v;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
