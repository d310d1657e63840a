package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

/**
 * The rules every product value obeys, shared by REST, the UI and CSV import so all three say the same. The catalog's
 * own rules (SKU, unit, aliases, search text) live here; lengths, control characters, currency and amounts are the
 * platform's {@link FieldRules}. Every refusal is a 400 {@link ProblemException} naming the field.
 */
public final class ProductRules {
    public static final int MAX_SKU = 64;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ALIAS = 100;
    public static final int MAX_ALIASES = 20;
    public static final int MAX_ALIASES_TEXT = 2100;
    public static final int MAX_SEARCH_TEXT = 2400;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION_VALUES = 50;
    /** The longest option name or value. */
    public static final int MAX_OPTION_TEXT = 60;
    /**
     * Room for the stored JSON of the most options a product may have: 10 × (name + 50 values) of 60 characters, each
     * possibly doubled by JSON escapes, with their price differences and punctuation, stays below this.
     */
    public static final int MAX_OPTIONS_JSON = 200_000;

    private ProductRules() {
    }

    public static String sku(String raw) {
        String v = FieldRules.requiredText("sku", raw, MAX_SKU);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '|') {
                throw FieldRules.invalid("sku", "sku must not contain spaces, control characters or '|'",
                        "catalog.sku.characters", "sku");
            }
        }
        return v;
    }

    /** The case-insensitive key under which a SKU is unique. */
    public static String skuKey(String sku) {
        return sku.toUpperCase(Locale.ROOT);
    }

    /** 409: another product of the tenant has this SKU (compared without regard to case). */
    public static ProblemException duplicateSku(String sku) {
        return new ProblemException(409, "duplicate-sku", "Conflict", "another product already has the SKU '" + sku + "'", "sku")
                .withMessage("catalog.sku.duplicate", "sku", sku);
    }

    public static String name(String raw) {
        return FieldRules.requiredText("name", raw, MAX_NAME);
    }

    public static String description(String raw) {
        return FieldRules.multiLine("description", raw, MAX_DESCRIPTION);
    }

    public static String unit(String raw) {
        String v = FieldRules.requiredText("unit", raw, Integer.MAX_VALUE);
        return Units.canonical(v).orElseThrow(() -> FieldRules.invalid("unit", "unknown unit '" + abbreviate(v) + "'; use one of "
                + String.join(", ", Units.codes()), "field.oneOf", "unit", String.join(", ", Units.codes())));
    }

    public static BigDecimal price(BigDecimal v) {
        return FieldRules.required("price", FieldRules.amount("price", v));
    }

    public static BigDecimal stock(BigDecimal v) {
        return FieldRules.amount("stock", v);
    }

    /** A percentage; named {@code tax_rate} like the import column. */
    public static BigDecimal taxRate(BigDecimal v) {
        return FieldRules.percent("tax_rate", v);
    }

    public static String currency(String raw) {
        return FieldRules.required("currency", FieldRules.currency("currency", raw));
    }

    /** Strips, drops empties and case-insensitive duplicates, keeps order. */
    public static List<String> aliases(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String a : raw) {
            String v = FieldRules.text("aliases", a, MAX_ALIAS);
            if (v == null) {
                continue;
            }
            if (v.indexOf('|') >= 0) {
                throw FieldRules.invalid("aliases", "an alias must not contain '|'", "catalog.alias.separator", "aliases");
            }
            if (seen.add(v.toLowerCase(Locale.ROOT))) {
                out.add(v);
            }
        }
        return FieldRules.atMost("aliases", out, MAX_ALIASES);
    }

    /**
     * A product's options, in the order given: at most {@value #MAX_OPTIONS}, each with a name and 1 to
     * {@value #MAX_OPTION_VALUES} values; names and values are trimmed, 1 to {@value #MAX_OPTION_TEXT} characters
     * without control characters, and unique (ignoring case) among the product's options and within their option. A
     * price difference is an amount like a price (at most four decimals, below a trillion) that may be negative; zero is
     * none. Refusals name the field as {@code options[1].values[0].value} (indexes from 0). Null is no options.
     */
    public static List<ProductOption> options(List<ProductOption> raw) {
        if (raw == null) {
            return List.of();
        }
        FieldRules.atMost("options", raw, MAX_OPTIONS);
        Set<String> names = new HashSet<>();
        List<ProductOption> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String at = "options[" + i + "]";
            ProductOption o = FieldRules.required(at, raw.get(i));
            String name = FieldRules.requiredText(at + ".name", o.name(), MAX_OPTION_TEXT);
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw twice(at + ".name", name);
            }
            if (o.values().isEmpty()) {
                throw FieldRules.invalid(at + ".values", at + ".values: an option needs at least one value", "field.required",
                        at + ".values");
            }
            FieldRules.atMost(at + ".values", o.values(), MAX_OPTION_VALUES);
            Set<String> seen = new HashSet<>();
            List<ProductOption.Value> values = new ArrayList<>(o.values().size());
            for (int j = 0; j < o.values().size(); j++) {
                String vat = at + ".values[" + j + "]";
                ProductOption.Value v = FieldRules.required(vat, o.values().get(j));
                String value = FieldRules.requiredText(vat + ".value", v.value(), MAX_OPTION_TEXT);
                if (!seen.add(value.toLowerCase(Locale.ROOT))) {
                    throw twice(vat + ".value", value);
                }
                values.add(new ProductOption.Value(value, priceDelta(vat + ".priceDelta", v.priceDelta())));
            }
            out.add(new ProductOption(name, values));
        }
        return List.copyOf(out);
    }

    /**
     * A value's price difference: bounded like a price on either side (below a trillion, at most four decimals), trailing
     * zeros dropped; zero and null are none (null).
     */
    public static BigDecimal priceDelta(String field, BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal min = FieldRules.MAX_AMOUNT.negate();
        BigDecimal d = FieldRules.decimal(field, v, min, FieldRules.MAX_AMOUNT, FieldRules.MAX_DECIMALS);
        if (d.compareTo(min) <= 0) {
            throw FieldRules.invalid(field, field + " must be between " + min.toPlainString() + " and "
                    + FieldRules.MAX_AMOUNT.toPlainString(), "field.range", field, min.toPlainString(), FieldRules.MAX_AMOUNT.toPlainString());
        }
        return d.signum() == 0 ? null : d;
    }

    /** 400: an option name or value given twice (compared without regard to case). */
    private static ProblemException twice(String field, String value) {
        return FieldRules.invalid(field, field + ": '" + abbreviate(value) + "' is given twice (case is ignored)",
                "catalog.option.twice", field, value);
    }

    public static String searchText(String sku, String name, List<String> aliases) {
        String text = (sku + " " + name + " " + String.join(" ", aliases)).toLowerCase(Locale.ROOT);
        return text.length() <= MAX_SEARCH_TEXT ? text : text.substring(0, MAX_SEARCH_TEXT);
    }

    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 39) + "…";
    }
}
