package org.offerbridge.quotation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.offerbridge.catalog.api.ChosenOptions;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.Recipient;

/** Checks and normalises what callers give the quote service with the platform's field rules; each failure names the field. */
final class QuoteRules {
    static final int MAX_RECIPIENTS = 20;
    static final int MAX_LINES = 500;
    static final int MAX_NAME = 200;
    static final int MAX_SKU = 64;
    static final int MAX_NOTE = 2000;
    /** Quantities are above zero (four decimals at most) and at most a billion. */
    private static final BigDecimal MIN_QUANTITY = new BigDecimal("0.0001");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    /** 100 % would give the goods away: that is not a quote but a gift, and is refused. */
    private static final BigDecimal MAX_DISCOUNT = new BigDecimal("99.9999");

    private QuoteRules() {
    }

    /** A parser's language guess as a tag, or null when it is none (it never refuses a confirmation). */
    static String detectedLocale(String language) {
        try {
            return locale(language);
        } catch (ProblemException e) {
            return null;
        }
    }

    /** A customer given by contact (no card id): name or email required; the email as on customer cards. */
    static QuoteCustomer customer(QuoteCustomer given) {
        if (given == null) {
            throw FieldRules.invalid("customer", "customer (or customerId) is required", "field.required", "customer");
        }
        String name = FieldRules.text("customer.name", given.name(), MAX_NAME);
        String email = FieldRules.optionalEmail("customer.email", given.email());
        String phone = FieldRules.optionalPhone("customer.phone", given.phone());
        if (name == null && email == null) {
            throw FieldRules.invalid("customer.name", "customer.name (or customer.email) is required", "field.required", "customer.name");
        }
        return new QuoteCustomer(null, name != null ? name : email, email, phone);
    }

    /** The last valid day: the given one from today up to the longest validity, or the workspace's default from today. */
    static LocalDate validUntil(LocalDate given, QuoteSettings settings) {
        LocalDate today = Transitions.today();
        if (given == null) {
            return today.plusDays(settings.validityDays());
        }
        LocalDate last = today.plusDays(SettingsRules.MAX_VALIDITY_DAYS);
        if (given.isBefore(today) || given.isAfter(last)) {
            throw FieldRules.invalid("validUntil", "validUntil must be from today to " + last + " (not in the past, within "
                    + SettingsRules.MAX_VALIDITY_DAYS + " days)", "field.range", "validUntil", today.toString(), last.toString());
        }
        return given;
    }

    /** The quote's language: a canonical BCP 47 tag whose language is an ISO 639 code (the page and PDF speak it). */
    static String locale(String given) {
        return FieldRules.languageTag("locale", given);
    }

    /** Lines by SKU: at least one list, at most {@link #MAX_LINES}, each with a SKU, a quantity and an optional discount. */
    static List<QuoteDraft.LineInput> lines(List<QuoteDraft.LineInput> given) {
        FieldRules.atMost("lines", FieldRules.required("lines", given), MAX_LINES);
        List<QuoteDraft.LineInput> out = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            String field = "lines[" + i + "]";
            QuoteDraft.LineInput l = FieldRules.required(field + ".sku", given.get(i));
            out.add(new QuoteDraft.LineInput(FieldRules.requiredText(field + ".sku", l.sku(), MAX_SKU),
                    quantity(field + ".quantity", l.quantity()), discount(field + ".discountPercent", l.discountPercent()),
                    ChosenOptions.check(field + ".options", l.options())));
        }
        return out;
    }

    /** A required quantity above zero with at most four decimals. */
    static BigDecimal quantity(String field, BigDecimal value) {
        return FieldRules.required(field, FieldRules.decimal(field, value, MIN_QUANTITY, MAX_QUANTITY, FieldRules.MAX_DECIMALS));
    }

    /** An optional discount from 0 to below 100 %. */
    static BigDecimal discount(String field, BigDecimal value) {
        return FieldRules.decimal(field, value, BigDecimal.ZERO, MAX_DISCOUNT, FieldRules.MAX_DECIMALS);
    }

    static List<Recipient> recipients(List<Recipient> given) {
        if (given == null) {
            return List.of();
        }
        FieldRules.atMost("recipients", given, MAX_RECIPIENTS);
        List<Recipient> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Recipient r = given.get(i);
            String field = "recipients[" + i + "]";
            String name = r == null ? null : FieldRules.text(field + ".name", r.name(), MAX_NAME);
            String email = r == null ? null : FieldRules.optionalEmail(field + ".email", r.email());
            if (name == null && email == null) {
                throw FieldRules.invalid(field + ".name", "A recipient needs a name or an email", "field.required", field + ".name");
            }
            out.add(new Recipient(name, email));
        }
        return out;
    }

    /** The personal message: several lines allowed, other control characters not. */
    static String note(String value) {
        return FieldRules.multiLine("note", value, MAX_NOTE);
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
