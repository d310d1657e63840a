package org.offerbridge.catalog.internal.rest;

import java.math.BigDecimal;
import java.util.List;

import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.PricingRule;
import org.offerbridge.catalog.api.Product;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of the catalog API. Amounts are strings so that no client turns 4.50 into 4.4999. */
final class CatalogViews {
    private CatalogViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProductView(String id, String sku, String name, String description, String unit, String price, String currency,
            String taxRate, String stock, List<String> aliases, boolean active, String createdAt, String updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PriceListView(String id, String name, String description, String discountPercent, boolean active) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleView(String id, String priceListId, String sku, String minQuantity, String unitPrice, String discountPercent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PriceView(String sku, String quantity, String unitPrice, String basePrice, String currency, String priceListId,
            String ruleId, String basis) {
    }

    static ProductView view(Product p) {
        return new ProductView(p.id(), p.sku(), p.name(), p.description(), p.unit(), money(p.price(), p.currency()), p.currency(),
                plain(p.taxRate()), plain(p.stock()), p.aliases(), p.active(), p.createdAt().toString(), p.updatedAt().toString());
    }

    static PriceListView view(PriceList l) {
        return new PriceListView(l.id(), l.name(), l.description(), plain(l.discountPercent()), l.active());
    }

    static RuleView view(PricingRule r) {
        return new RuleView(r.id(), r.priceListId(), r.sku(), plain(r.minQuantity()), plain(r.unitPrice()),
                plain(r.discountPercent()));
    }

    static PriceView view(PriceQuote q) {
        return new PriceView(q.sku(), plain(q.quantity()), q.unitPrice().toPlainString(), plain(q.basePrice()), q.currency(),
                q.priceListId(), q.ruleId(), q.basis());
    }

    /** At least the currency's minor digits ("4.50 EUR"), more when the price has them ("0.0125"). */
    static String money(BigDecimal v, String currency) {
        BigDecimal s = v.stripTrailingZeros();
        int digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        return (s.scale() < digits ? s.setScale(digits) : s).toPlainString();
    }

    static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
