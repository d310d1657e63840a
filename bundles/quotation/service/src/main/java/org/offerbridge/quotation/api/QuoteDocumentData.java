package org.offerbridge.quotation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Everything a rendered quote document (PDF) shows, gathered for the bound tenant. */
public record QuoteDocumentData(String number, int revision, LocalDate issued, LocalDate validUntil, Locale locale,
        String currency, boolean pricesIncludeTax, Party seller, Party customer, List<Line> lines, Totals totals) {

    public record Party(String name, String address, String email, String phone, String taxId) {
    }

    public record Line(int position, String sku, String name, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal) {
    }
}
