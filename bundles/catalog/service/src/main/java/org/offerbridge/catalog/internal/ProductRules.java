package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.offerbridge.catalog.api.InvalidProductException;

/** The rules every product value obeys, shared by REST, the UI and CSV import so all three say the same. */
public final class ProductRules {
    public static final int MAX_SKU = 64;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ALIAS = 100;
    public static final int MAX_ALIASES = 20;
    public static final int MAX_ALIASES_TEXT = 2100;
    public static final int MAX_SEARCH_TEXT = 2400;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    static final BigDecimal HUNDRED = new BigDecimal(100);

    private ProductRules() {
    }

    public static String sku(String raw) {
        String v = required("sku", raw);
        if (v.length() > MAX_SKU) {
            throw new InvalidProductException("sku", "sku must be at most " + MAX_SKU + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '|') {
                throw new InvalidProductException("sku", "sku must not contain spaces, control characters or '|'");
            }
        }
        return v;
    }

    /** The case-insensitive key under which a SKU is unique. */
    public static String skuKey(String sku) {
        return sku.toUpperCase(Locale.ROOT);
    }

    public static String name(String raw) {
        String v = required("name", raw);
        return maxLength("name", v, MAX_NAME);
    }

    public static String description(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return maxLength("description", raw.strip(), MAX_DESCRIPTION);
    }

    public static String unit(String raw) {
        String v = required("unit", raw);
        return Units.canonical(v).orElseThrow(() -> new InvalidProductException("unit",
                "unknown unit '" + abbreviate(v) + "'; use one of " + String.join(", ", Units.codes())));
    }

    public static BigDecimal price(BigDecimal v) {
        if (v == null) {
            throw new InvalidProductException("price", "price is required");
        }
        return amount("price", v);
    }

    public static BigDecimal stock(BigDecimal v) {
        return v == null ? null : amount("stock", v);
    }

    public static BigDecimal taxRate(BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw new InvalidProductException("tax_rate", "tax rate must be a percentage between 0 and 100");
        }
        return scale("tax_rate", v, 4);
    }

    public static String currency(String raw) {
        String v = required("currency", raw).toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(v).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidProductException("currency", "currency must be an ISO 4217 code such as EUR, USD or INR");
        }
    }

    /** Strips, drops empties and case-insensitive duplicates, keeps order. */
    public static List<String> aliases(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String a : raw) {
            if (a == null || a.isBlank()) {
                continue;
            }
            String v = a.strip();
            if (v.indexOf('|') >= 0) {
                throw new InvalidProductException("aliases", "an alias must not contain '|'");
            }
            maxLength("aliases", v, MAX_ALIAS);
            if (seen.add(v.toLowerCase(Locale.ROOT))) {
                out.add(v);
            }
        }
        if (out.size() > MAX_ALIASES) {
            throw new InvalidProductException("aliases", "at most " + MAX_ALIASES + " aliases per product");
        }
        return out;
    }

    /** Parses a number as written in a spreadsheet cell ("1234.50", " 7 "); the field names the error. */
    public static BigDecimal number(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidProductException(field, field.replace('_', ' ') + " is not a number: '" + abbreviate(raw.strip()) + "'");
        }
    }

    public static String searchText(String sku, String name, List<String> aliases) {
        String text = (sku + " " + name + " " + String.join(" ", aliases)).toLowerCase(Locale.ROOT);
        return text.length() <= MAX_SEARCH_TEXT ? text : text.substring(0, MAX_SEARCH_TEXT);
    }

    private static BigDecimal amount(String field, BigDecimal v) {
        if (v.signum() < 0) {
            throw new InvalidProductException(field, field + " must not be negative");
        }
        if (v.compareTo(MAX_AMOUNT) >= 0) {
            throw new InvalidProductException(field, field + " is too large");
        }
        return scale(field, v, 4);
    }

    private static BigDecimal scale(String field, BigDecimal v, int max) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() > max) {
            throw new InvalidProductException(field, field.replace('_', ' ') + " has more than " + max + " decimals");
        }
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String required(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidProductException(field, field + " is required");
        }
        return raw.strip();
    }

    private static String maxLength(String field, String v, int max) {
        if (v.length() > max) {
            throw new InvalidProductException(field, field + " must be at most " + max + " characters");
        }
        return v;
    }

    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 39) + "…";
    }
}
