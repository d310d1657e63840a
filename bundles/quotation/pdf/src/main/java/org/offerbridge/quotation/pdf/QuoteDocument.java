package org.offerbridge.quotation.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything printed on one quotation. Amounts are already computed by the quotation service: the renderer
 * formats, it does not calculate. Numbers and dates are formatted for {@code locale}; {@code currency} is an
 * ISO 4217 code.
 */
public record QuoteDocument(String number, int revision, LocalDate issued, LocalDate validUntil, Locale locale,
        String currency, boolean pricesIncludeTax, Party seller, Party customer, List<Line> lines, Totals totals,
        Template template) {

    public QuoteDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(totals, "totals");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        template = template == null ? Template.NONE : template;
    }

    /** Seller or customer; every field but the name may be null. */
    public record Party(String name, String address, String email, String phone, String taxId) {
        public Party {
            Objects.requireNonNull(name, "party name");
        }
    }

    /**
     * One line of the quote. {@code discountPercent} and {@code taxRate} are percentages (19 for 19 %);
     * either may be null when not applicable. {@code options} are the product's options chosen for the line (name to
     * value, in order), printed under its name; empty when none (since 1.1).
     */
    public record Line(int position, String sku, String name, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal, Map<String, String> options) {
        public Line {
            Objects.requireNonNull(name, "line name");
            Objects.requireNonNull(quantity, "line quantity");
            Objects.requireNonNull(unitPrice, "line unitPrice");
            Objects.requireNonNull(lineTotal, "line lineTotal");
            options = options == null || options.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /** A line without options (the shape of version 1.0). */
        public Line(int position, String sku, String name, BigDecimal quantity, String unit, BigDecimal unitPrice,
                BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal) {
            this(position, sku, name, quantity, unit, unitPrice, discountPercent, taxRate, lineTotal, Map.of());
        }
    }

    /** Totals with the tax split by rate; {@code discount} may be null or zero when there is none. */
    public record Totals(BigDecimal net, BigDecimal discount, List<TaxAmount> taxes, BigDecimal tax, BigDecimal gross) {
        public Totals {
            Objects.requireNonNull(net, "totals net");
            Objects.requireNonNull(tax, "totals tax");
            Objects.requireNonNull(gross, "totals gross");
            taxes = taxes == null ? List.of() : List.copyOf(taxes);
        }
    }

    /** Tax at one rate (a percentage) on {@code base}. */
    public record TaxAmount(BigDecimal rate, BigDecimal base, BigDecimal amount) {
        public TaxAmount {
            Objects.requireNonNull(rate, "tax rate");
            Objects.requireNonNull(amount, "tax amount");
        }
    }

    /**
     * A tenant's look: every field is optional. {@code primaryColor} is {@code #RRGGBB}; {@code logoPng} is a PNG
     * (JPEG also works).
     */
    public record Template(byte[] logoPng, String primaryColor, String terms, String footer) {
        private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

        /** No logo, the default colour, no terms, no footer text. */
        public static final Template NONE = new Template(null, null, null, null);

        public Template {
            if (primaryColor != null && !COLOR.matcher(primaryColor).matches()) {
                throw new IllegalArgumentException(
                        "template.primaryColor must be a colour like #1A73E8, not '" + primaryColor + "'");
            }
            logoPng = logoPng == null ? null : logoPng.clone();
        }

        @Override
        public byte[] logoPng() {
            return logoPng == null ? null : logoPng.clone();
        }
    }
}
