package org.offerbridge.rfqform.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.rfqform.api.FormSettingsChange;

/**
 * The settings of a form as the rules keep them (see {@link #apply}): every value checked, the lists without
 * duplicates, {@code products} null for every active product.
 */
record FormValues(boolean enabled, boolean notifySeller, List<String> recipients, String buttonLabel, String customerText,
        int retentionDays, List<String> products, List<String> requiredFields, String thankYouText, List<String> languages) {

    /** The languages a form can speak, as the customer's quote page does; English first. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ru", "uk", "hi");
    static final List<String> FIELDS = List.of("name", "email", "phone", "company", "message");
    static final int DEFAULT_RETENTION_DAYS = 30;
    static final int MIN_RETENTION_DAYS = 1;
    static final int MAX_RETENTION_DAYS = 365;
    static final int MAX_RECIPIENTS = 20;
    static final int MAX_USER_ID = 64;
    static final int MAX_PRODUCTS = 500;
    static final int MAX_SKU = 64;
    static final int MAX_LABEL = 60;
    static final int MAX_TEXT = 2000;

    static final FormValues DEFAULTS = new FormValues(false, false, List.of(), null, null, DEFAULT_RETENTION_DAYS, null,
            List.of("name", "email"), null, LANGUAGES);

    FormValues {
        recipients = List.copyOf(recipients);
        products = products == null ? null : List.copyOf(products);
        requiredFields = List.copyOf(requiredFields);
        languages = List.copyOf(languages);
    }

    /**
     * These values with {@code change} applied: null leaves a value, an empty text clears an optional one. Throws the
     * platform's 400 naming the field ({@code recipients[2]}, {@code retentionDays}, ...) for a value that breaks a rule.
     */
    FormValues apply(FormSettingsChange change) {
        return apply(change, id -> false);
    }

    /**
     * As {@link #apply(FormSettingsChange)}, where a recipient without {@code @} must be a user id for which
     * {@code workspaceUser} holds (a user of the bound workspace).
     */
    FormValues apply(FormSettingsChange change, Predicate<String> workspaceUser) {
        FormSettingsChange c = FieldRules.body(change);
        List<String> r = c.recipients() == null ? recipients : recipients(c.recipients(), workspaceUser);
        String label = c.buttonLabel() == null ? buttonLabel : FieldRules.name("buttonLabel", c.buttonLabel(), MAX_LABEL);
        String text = c.customerText() == null ? customerText : FieldRules.multiLine("customerText", c.customerText(), MAX_TEXT);
        int days = c.retentionDays() == null ? retentionDays : retention(c.retentionDays());
        List<String> p = products;
        if (Boolean.TRUE.equals(c.allProducts())) {
            p = null;
        } else if (c.products() != null) {
            p = products(c.products());
        }
        List<String> required = c.requiredFields() == null ? requiredFields : requiredFields(c.requiredFields());
        String thanks = c.thankYouText() == null ? thankYouText : FieldRules.multiLine("thankYouText", c.thankYouText(), MAX_TEXT);
        List<String> langs = c.languages() == null ? languages : languages(c.languages());
        return new FormValues(c.enabled() == null ? enabled : c.enabled(), c.notifySeller() == null ? notifySeller : c.notifySeller(), r, label, text,
                days, p, required, thanks, langs);
    }

    static int retention(int days) {
        if (days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
            throw FieldRules.invalid("retentionDays", "retentionDays must be between " + MIN_RETENTION_DAYS + " and " + MAX_RETENTION_DAYS,
                    "field.range", "retentionDays", MIN_RETENTION_DAYS, MAX_RETENTION_DAYS);
        }
        return days;
    }

    /**
     * The recipients: each an email address (lower-cased) or, without {@code @}, the id of a user of the workspace. An id
     * that is not one ({@code workspaceUser} false: unknown, or another workspace's) gets the same 400 either way.
     */
    static List<String> recipients(List<String> given, Predicate<String> workspaceUser) {
        FieldRules.atMost("recipients", given, MAX_RECIPIENTS);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "recipients[" + i + "]";
            String entry = given.get(i);
            if (entry == null || entry.indexOf('@') >= 0) {
                out.add(FieldRules.email(field, entry));
                continue;
            }
            String id = FieldRules.requiredText(field, entry, MAX_USER_ID);
            if (!workspaceUser.test(id)) {
                throw FieldRules.invalid(field, field + " is neither an email address nor a user of this workspace",
                        "rfqForm.recipientUnknown", field);
            }
            out.add(id);
        }
        return new ArrayList<>(out);
    }

    static List<String> products(List<String> given) {
        FieldRules.atMost("products", given, MAX_PRODUCTS);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            out.add(FieldRules.requiredText("products[" + i + "]", given.get(i), MAX_SKU));
        }
        return new ArrayList<>(out);
    }

    static List<String> requiredFields(List<String> given) {
        FieldRules.atMost("requiredFields", given, FIELDS.size());
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String f = FieldRules.requiredText("requiredFields[" + i + "]", given.get(i), 20);
            out.add(FieldRules.oneOf("requiredFields[" + i + "]", f, FIELDS));
        }
        if (!out.contains("email") && !out.contains("phone")) {
            throw FieldRules.invalid("requiredFields", "requiredFields must contain email or phone, so the seller can answer",
                    "rfqForm.contactRequired");
        }
        return FIELDS.stream().filter(out::contains).toList();
    }

    static List<String> languages(List<String> given) {
        FieldRules.atMost("languages", given, LANGUAGES.size());
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String l = FieldRules.requiredText("languages[" + i + "]", given.get(i), 10).toLowerCase(Locale.ROOT);
            out.add(FieldRules.oneOf("languages[" + i + "]", l, LANGUAGES));
        }
        if (out.isEmpty()) {
            throw FieldRules.invalid("languages", "languages must name at least one language", "field.required", "languages");
        }
        return new ArrayList<>(out);
    }

    /** The language to show: {@code asked} ({@code ?lang=}) when the form speaks it, else the browser's best, else the form's first. */
    Locale language(String asked, String acceptLanguage) {
        if (asked != null) {
            String a = asked.strip().toLowerCase(Locale.ROOT);
            int dash = a.indexOf('-');
            String base = dash > 0 ? a.substring(0, dash) : a;
            if (languages.contains(base)) {
                return Locale.forLanguageTag(base);
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale> spoken = languages.stream().map(Locale::forLanguageTag).toList();
                Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), spoken);
                if (best != null) {
                    return Locale.forLanguageTag(best.getLanguage());
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: the form's own language
            }
        }
        return Locale.forLanguageTag(languages.get(0));
    }
}
