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
import org.offerbridge.platform.api.rest.ProblemException;

/** Validation and normalisation of customer fields; each failure is a 400 naming the field. */
final class CustomerInputs {
    static final int MAX_NAME = 200;
    static final int MAX_CONTACT = 254;
    static final int MAX_CHANNEL = 20;
    static final int MAX_NOTE = 4000;
    static final int MAX_LANGUAGE = 35;
    /** A BCP 47 tag's common shape: a language, then up to three subtags (script, region, variant). */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    /** Per card and per kind (emails, phones, handles): a card is not an address book. */
    static final int MAX_PER_KIND = 10;
    /** Same rule as the platform's: one @, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ().\\-/]+");
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9_-]{0,19}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** E.164 allows at most 15 digits; fewer than 5 is no one's phone number. */
    static final int MIN_PHONE_DIGITS = 5;
    static final int MAX_PHONE_DIGITS = 15;

    private CustomerInputs() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        return body;
    }

    /** Required single-line text: trimmed, inner whitespace runs collapsed to one space. */
    static String name(String field, String value) {
        String v = text(field, value, MAX_NAME);
        if (v == null) {
            throw ProblemException.invalid(field, field + " is required");
        }
        return v;
    }

    /** Optional single-line text; blank becomes null. */
    static String text(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String v = SPACES.matcher(value.strip()).replaceAll(" ");
        if (v.length() > maxLength) {
            throw ProblemException.invalid(field, field + " must be at most " + maxLength + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    static String email(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw ProblemException.invalid(field, field + " is required");
        }
        if (v.length() > MAX_CONTACT || !EMAIL.matcher(v).matches()) {
            throw ProblemException.invalid(field, field + " is not an email address");
        }
        return v.toLowerCase(Locale.ROOT);
    }

    /** A phone as entered (trimmed), if it is made of phone characters and has 5 to 15 digits. */
    static String phone(String field, String value) {
        String v = value == null ? "" : SPACES.matcher(value.strip()).replaceAll(" ");
        if (v.isEmpty()) {
            throw ProblemException.invalid(field, field + " is required");
        }
        int digits = digits(v).length();
        if (v.length() > 40 || !PHONE_CHARS.matcher(v).matches() || digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) {
            throw ProblemException.invalid(field, field + " is not a phone number (5 to 15 digits, optionally +, spaces, dashes)");
        }
        return v;
    }

    /** A language tag in its canonical spelling (en-in becomes en-IN); blank becomes null. */
    static String language(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LANGUAGE || !LANGUAGE.matcher(v).matches()) {
            throw ProblemException.invalid(field, field + " must be a language tag such as fr, de or en-IN");
        }
        return Locale.forLanguageTag(v).toLanguageTag();
    }

    static Handle handle(String field, Handle value) {
        if (value == null) {
            throw ProblemException.invalid(field, field + " must be an object with channel and handle");
        }
        String channel = value.channel() == null ? "" : value.channel().strip().toLowerCase(Locale.ROOT);
        if (!CHANNEL.matcher(channel).matches()) {
            throw ProblemException.invalid(field + ".channel",
                    "channel must be a lower-case id such as whatsapp, telegram or instagram (at most " + MAX_CHANNEL + " characters)");
        }
        String handle = text(field + ".handle", value.handle(), 100);
        if (handle == null) {
            throw ProblemException.invalid(field + ".handle", "handle is required");
        }
        return new Handle(channel, handle);
    }

    /** Validated emails, duplicates dropped; null stays null (the caller decides what absent means). */
    static List<String> emails(String field, List<String> values) {
        if (values == null) {
            return null;
        }
        checkCount(field, values);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String e = email(field + "[" + i + "]", values.get(i));
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Validated phones; two spellings of the same digits count once. */
    static List<String> phones(String field, List<String> values) {
        if (values == null) {
            return null;
        }
        checkCount(field, values);
        Map<String, String> byDigits = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String p = phone(field + "[" + i + "]", values.get(i));
            byDigits.putIfAbsent(digits(p), p);
        }
        return new ArrayList<>(byDigits.values());
    }

    static List<Handle> handles(String field, List<Handle> values) {
        if (values == null) {
            return null;
        }
        checkCount(field, values);
        Map<String, Handle> byKey = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Handle h = handle(field + "[" + i + "]", values.get(i));
            byKey.putIfAbsent(h.channel() + "/" + handleKey(h.handle()), h);
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * A new card from a caller's values (REST POST and {@code CustomerDirectory.create}): name required, absent lists
     * empty. {@code owner} checks a non-blank owner id and returns it.
     */
    static CustomerDraft newCard(CustomerValues in, UnaryOperator<String> owner) {
        body(in);
        return new CustomerDraft(name("name", in.name()), text("company", in.company(), MAX_NAME),
                text("contactPerson", in.contactPerson(), MAX_NAME), orEmpty(emails("emails", in.emails())),
                orEmpty(phones("phones", in.phones())), orEmpty(handles("handles", in.handles())), ownerOf(in.ownerId(), owner),
                language("language", in.language()));
    }

    /**
     * Validates changes to a card (REST PATCH and {@code CustomerDirectory.update}) without reading it, so bad input
     * is rejected whether or not the card exists; {@link Changes#applyTo} merges them into the current card.
     */
    static Changes changes(CustomerValues in, UnaryOperator<String> owner) {
        body(in);
        return new Changes(in, in.name() == null ? null : name("name", in.name()), text("company", in.company(), MAX_NAME),
                text("contactPerson", in.contactPerson(), MAX_NAME), emails("emails", in.emails()), phones("phones", in.phones()),
                handles("handles", in.handles()), in.ownerId() == null ? null : ownerOf(in.ownerId(), owner),
                language("language", in.language()));
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

    static String note(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw ProblemException.invalid(field, field + " is required");
        }
        if (v.length() > MAX_NOTE) {
            throw ProblemException.invalid(field, field + " must be at most " + MAX_NOTE + " characters");
        }
        return v;
    }

    private static void checkCount(String field, List<?> values) {
        if (values.size() > MAX_PER_KIND) {
            throw ProblemException.invalid(field, field + " may hold at most " + MAX_PER_KIND + " entries");
        }
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
        return looksLikePhone(handle, MIN_PHONE_DIGITS) ? digits(handle) : key(handle);
    }

    /**
     * The digits phone matching compares: at most the last ten, so "+91 98765 43210", "098765 43210" and
     * "9876543210" are the same number (country code and trunk prefix dropped).
     */
    static String nationalDigits(String digits) {
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }
}
