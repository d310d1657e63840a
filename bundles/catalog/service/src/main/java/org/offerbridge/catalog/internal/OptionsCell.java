package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.JsonNumbers;

/**
 * The {@code options} cell of the CSV format: {@code Colour=Red|Blue(+2.50); Size=S|M|L(-1.00)}. Options are separated
 * by {@code ;}, an option's name from its values by {@code =}, values by {@code |}; a value may end with its price
 * difference in parentheses. Spaces around the separators do not count, so names and values keep their inner spaces
 * ({@code Surface finish=Matt black}). A backslash takes the next character as it is: {@code \|}, {@code \;},
 * {@code \=}, {@code \(}, {@code \)}, {@code \\}. An empty cell is no options. {@link #format} writes what
 * {@link #parse} reads back unchanged.
 */
final class OptionsCell {
    static final String FIELD = "options";
    private static final String SPECIAL = "\\|;=()";

    private OptionsCell() {
    }

    /** The cell for {@code options}, amounts with at least the currency's minor digits and a sign: {@code (+2.50)}. */
    static String format(List<ProductOption> options, String currency) {
        StringBuilder out = new StringBuilder();
        for (ProductOption o : options) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(escape(o.name())).append('=');
            for (int j = 0; j < o.values().size(); j++) {
                ProductOption.Value v = o.values().get(j);
                if (j > 0) {
                    out.append('|');
                }
                out.append(escape(v.value()));
                if (v.priceDelta() != null && v.priceDelta().signum() != 0) {
                    out.append('(').append(v.priceDelta().signum() > 0 ? "+" : "")
                            .append(JsonNumbers.money(v.priceDelta(), currency)).append(')');
                }
            }
        }
        return out.toString();
    }

    /**
     * The options a cell names, not yet checked by {@link ProductRules#options} (blank names and values come back as
     * written); a cell that breaks the syntax is a 400 naming {@code options} and saying where.
     */
    static List<ProductOption> parse(String cell) {
        List<ProductOption> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        for (List<Piece> option : split(cell, ';')) {
            if (isBlank(option)) {
                continue;
            }
            int eq = indexOf(option, '=');
            if (eq < 0) {
                throw syntax("option '" + ProductRules.abbreviate(text(option).strip()) + "' has no '=' before its values");
            }
            String name = text(option.subList(0, eq)).strip();
            List<ProductOption.Value> values = new ArrayList<>();
            for (List<Piece> value : split(option.subList(eq + 1, option.size()), '|')) {
                values.add(value(name, value));
            }
            out.add(new ProductOption(name, values));
        }
        return out;
    }

    /** One value with its optional trailing "(+2.50)". */
    private static ProductOption.Value value(String option, List<Piece> pieces) {
        int open = indexOf(pieces, '(');
        int close = indexOf(pieces, ')');
        int eq = indexOf(pieces, '=');
        if (eq >= 0) {
            throw syntax("option '" + ProductRules.abbreviate(option) + "' has a second '='; write \\= for one in a value");
        }
        if (open < 0 && close < 0) {
            return new ProductOption.Value(text(pieces).strip(), null);
        }
        String value = open < 0 ? text(pieces) : text(pieces.subList(0, open));
        boolean endsThere = close >= 0 && isBlank(pieces.subList(close + 1, pieces.size()));
        if (open < 0 || close < open || !endsThere || indexOf(pieces.subList(open + 1, pieces.size()), '(') >= 0) {
            throw syntax("value '" + ProductRules.abbreviate(text(pieces).strip()) + "' of option '" + ProductRules.abbreviate(option)
                    + "': only a price difference at its end goes in parentheses, like Blue(+2.50); write \\( and \\) for others");
        }
        String delta = text(pieces.subList(open + 1, close)).strip();
        BigDecimal d;
        try {
            d = FieldRules.parseDecimal(FIELD, delta);
        } catch (RuntimeException e) {
            d = null;
        }
        if (d == null) {
            throw syntax("the price difference of '" + ProductRules.abbreviate(value.strip()) + "' in option '"
                    + ProductRules.abbreviate(option) + "' is not a number: '" + ProductRules.abbreviate(delta) + "'");
        }
        return new ProductOption.Value(value.strip(), d);
    }

    /** A character of the cell: {@code special} when it was written without a backslash before it. */
    private record Piece(char c, boolean special) {
    }

    private static List<List<Piece>> split(String cell, char separator) {
        List<Piece> pieces = new ArrayList<>(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\') {
                if (i + 1 == cell.length()) {
                    throw syntax("the cell ends with a lone backslash; write \\\\ for one");
                }
                pieces.add(new Piece(cell.charAt(++i), false));
            } else {
                pieces.add(new Piece(c, SPECIAL.indexOf(c) >= 0));
            }
        }
        return split(pieces, separator);
    }

    private static List<List<Piece>> split(List<Piece> pieces, char separator) {
        List<List<Piece>> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= pieces.size(); i++) {
            if (i == pieces.size() || (pieces.get(i).special() && pieces.get(i).c() == separator)) {
                parts.add(pieces.subList(from, i));
                from = i + 1;
            }
        }
        return parts;
    }

    private static int indexOf(List<Piece> pieces, char special) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).special() && pieces.get(i).c() == special) {
                return i;
            }
        }
        return -1;
    }

    private static String text(List<Piece> pieces) {
        StringBuilder b = new StringBuilder(pieces.size());
        pieces.forEach(p -> b.append(p.c()));
        return b.toString();
    }

    private static boolean isBlank(List<Piece> pieces) {
        return pieces.stream().allMatch(p -> Character.isWhitespace(p.c()));
    }

    private static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static RuntimeException syntax(String detail) {
        return FieldRules.invalid(FIELD, "options: " + detail, "catalog.option.syntax", FIELD);
    }
}
