package org.offerbridge.customers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.Customer.Handle;
import org.offerbridge.customers.api.CustomerValues;
import org.offerbridge.platform.api.fields.FieldRules;

/**
 * The customers' own rules: messenger handles and their channels, lists of contacts on a card, whole cards and their
 * changes, and the normalised keys search uses. Names, texts, emails, phones, language tags and notes are checked by
 * the platform's {@link FieldRules}; each failure is a 400 naming the field.
 */
final class CustomerRules {
    static final int MAX_NAME = 200;
    static final int MAX_CONTACT = FieldRules.MAX_EMAIL;
    static final int MAX_CHANNEL = 20;
    static final int MAX_HANDLE = 100;
    static final int MAX_NOTE = 4000;
    static final int MAX_LANGUAGE = FieldRules.MAX_LANGUAGE_TAG;
    /** Per card and per kind (emails, phones, handles): a card is not an address book. */
    static final int MAX_PER_KIND = 10;
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ().\\-/]+");
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9_-]{0,19}");

    private CustomerRules() {
    }

    /** A card's name: required, one line, white space collapsed. */
    static String name(String field, String value) {
        return FieldRules.requiredName(field, value, MAX_NAME);
    }

    static Handle handle(String field, Handle value) {
        if (value == null) {
            throw FieldRules.invalid(field, field + " must be an object with channel and handle", "field.required", field);
        }
        String channel = value.channel() == null ? "" : value.channel().strip().toLowerCase(Locale.ROOT);
        if (!CHANNEL.matcher(channel).matches()) {
            throw FieldRules.invalid(field + ".channel", "channel must be a lower-case id such as whatsapp, telegram or instagram (at most "
                    + MAX_CHANNEL + " characters)", "customers.channel", field + ".channel", MAX_CHANNEL);
        }
        return new Handle(channel, FieldRules.requiredName(field + ".handle", value.handle(), MAX_HANDLE));
    }

    /** Validated emails, duplicates dropped; null stays null (the caller decides what absent means). */
    static List<String> emails(String field, List<String> values) {
        if (FieldRules.atMost(field, values, MAX_PER_KIND) == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String e = FieldRules.email(field + "[" + i + "]", values.get(i));
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Validated phones; two spellings of the same digits count once. */
    static List<String> phones(String field, List<String> values) {
        if (FieldRules.atMost(field, values, MAX_PER_KIND) == null) {
            return null;
        }
        Map<String, String> byDigits = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String p = FieldRules.phone(field + "[" + i + "]", values.get(i));
            byDigits.putIfAbsent(digits(p), p);
        }
        return new ArrayList<>(byDigits.values());
    }

    static List<Handle> handles(String field, List<Handle> values) {
        if (FieldRules.atMost(field, values, MAX_PER_KIND) == null) {
            return null;
        }
        Map<String, Handle> byKey = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Handle h = handle(field + "[" + i + "]", values.get(i));
            byKey.putIfAbsent(h.channel() + "/" + handleKey(h.handle()), h);
        }
        return new ArrayList<>(byKey.values());
    }

    /** A note: several lines allowed, required, at most {@link #MAX_NOTE} characters. */
    static String note(String field, String value) {
        return FieldRules.required(field, FieldRules.multiLine(field, value, MAX_NOTE));
    }

    /**
     * A new card from a caller's values (REST POST and {@code CustomerDirectory.create}): name required, absent lists
     * empty. {@code owner} checks a non-blank owner id and returns it.
     */
    static CustomerDraft newCard(CustomerValues in, UnaryOperator<String> owner) {
        FieldRules.body(in);
        return new CustomerDraft(name("name", in.name()), FieldRules.name("company", in.company(), MAX_NAME),
                FieldRules.name("contactPerson", in.contactPerson(), MAX_NAME), orEmpty(emails("emails", in.emails())),
                orEmpty(phones("phones", in.phones())), orEmpty(handles("handles", in.handles())), ownerOf(in.ownerId(), owner),
                FieldRules.languageTag("language", in.language()));
    }

    /**
     * Validates changes to a card (REST PATCH and {@code CustomerDirectory.update}) without reading it, so bad input
     * is rejected whether or not the card exists; {@link Changes#applyTo} merges them into the current card.
     */
    static Changes changes(CustomerValues in, UnaryOperator<String> owner) {
        FieldRules.body(in);
        return new Changes(in, in.name() == null ? null : name("name", in.name()), FieldRules.name("company", in.company(), MAX_NAME),
                FieldRules.name("contactPerson", in.contactPerson(), MAX_NAME), emails("emails", in.emails()),
                phones("phones", in.phones()), handles("handles", in.handles()),
                in.ownerId() == null ? null : ownerOf(in.ownerId(), owner), FieldRules.languageTag("language", in.language()));
    }

    /** Validated changes: a null field of {@code in} keeps the card's value, "" clears a text or the language. */
    record Changes(CustomerValues in, String name, String company, String contactPerson, List<String> emails,
            List<String> phones, List<Handle> handles, String ownerId, String language) {

        CustomerDraft applyTo(Customer c) {
            return new CustomerDraft(name != null ? name : c.name(),
                    in.company() != null ? company : c.company(),
                    in.contactPerson() != null ? contactPerson : c.contactPerson(),
                    emails != null ? emails : c.emails(), phones != null ? phones : c.phones(),
                    handles != null ? handles : c.handles(),
                    in.ownerId() != null ? ownerId : c.ownerId(),
                    in.language() != null ? language : c.language());
        }
    }

    private static String ownerOf(String ownerId, UnaryOperator<String> owner) {
        return ownerId == null || ownerId.isBlank() ? null : owner.apply(ownerId.strip());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    // --- normalised keys, stored next to the values so search is a query -----------------------------

    /** Lower-cased for case-insensitive LIKE; null stays null. */
    static String key(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    static String digits(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True for text made only of phone characters with at least {@code minDigits} digits. */
    static boolean looksLikePhone(String value, int minDigits) {
        return value != null && PHONE_CHARS.matcher(value.strip()).matches() && digits(value).length() >= minDigits;
    }

    /** A WhatsApp-style handle that is a phone number is keyed by its digits, so phone search finds it. */
    static String handleKey(String handle) {
        return looksLikePhone(handle, FieldRules.MIN_PHONE_DIGITS) ? digits(handle) : key(handle);
    }

    /**
     * The digits phone matching compares: at most the last ten, so "+91 98765 43210", "098765 43210" and
     * "9876543210" are the same number (country code and trunk prefix dropped).
     */
    static String nationalDigits(String digits) {
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }
}
