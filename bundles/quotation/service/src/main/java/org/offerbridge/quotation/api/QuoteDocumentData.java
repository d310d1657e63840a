package org.offerbridge.quotation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Everything a rendered quote document (PDF) shows, gathered for the bound tenant. */
public record QuoteDocumentData(String number, int revision, LocalDate issued, LocalDate validUntil, Locale locale,
        String currency, boolean pricesIncludeTax, Party seller, Party customer, List<Line> lines, Totals totals, Template template) {

    public QuoteDocumentData {
        template = template == null ? Template.NONE : template;
    }

    /**
     * The workspace's look for its documents: a PNG or JPEG logo, an accent colour {@code #RRGGBB}, terms printed
     * under the totals and a footer line; every part optional.
     */
    public record Template(byte[] logo, String primaryColor, String terms, String footer) {
        public static final Template NONE = new Template(null, null, null, null);

        public Template {
            logo = logo == null ? null : logo.clone();
        }

        @Override
        public byte[] logo() {
            return logo == null ? null : logo.clone();
        }
    }

    public record Party(String name, String address, String email, String phone, String taxId) {
    }

    /** {@code options}: the product's options chosen for the line, in order, printed under its name; empty when none. */
    public record Line(int position, String sku, String name, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal, Map<String, String> options) {
        public Line {
            options = options == null || options.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /** A line without options (the shape of version 1.4). */
        public Line(int position, String sku, String name, BigDecimal quantity, String unit, BigDecimal unitPrice,
                BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal) {
            this(position, sku, name, quantity, unit, unitPrice, discountPercent, taxRate, lineTotal, Map.of());
        }
    }
}
