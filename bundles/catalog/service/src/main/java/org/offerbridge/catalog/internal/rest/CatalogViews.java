package org.offerbridge.catalog.internal.rest;

import java.math.BigDecimal;
import java.util.List;

import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.PricingRule;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.platform.api.rest.JsonNumbers;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of the catalog API. Amounts are strings so that no client turns 4.50 into 4.4999. */
final class CatalogViews {
    private CatalogViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProductView(String id, String sku, String name, String description, String unit, String price, String currency,
            String taxRate, BigDecimal stock, List<String> aliases, boolean active, String createdAt, String updatedAt,
            List<OptionView> options) {
    }

    record OptionView(String name, List<OptionValueView> values) {
    }

    /** A value; {@code priceDelta} in the product's currency, absent when the value costs nothing extra. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OptionValueView(String value, String priceDelta) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PriceListView(String id, String name, String description, String discountPercent, boolean active) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleView(String id, String priceListId, String sku, BigDecimal minQuantity, String unitPrice, String discountPercent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PriceView(String sku, BigDecimal quantity, String unitPrice, String basePrice, String currency, String priceListId,
            String ruleId, String basis) {
    }

    static ProductView view(Product p) {
        return new ProductView(p.id(), p.sku(), p.name(), p.description(), p.unit(), JsonNumbers.money(p.price(), p.currency()), p.currency(),
                JsonNumbers.decimal(p.taxRate()), JsonNumbers.quantity(p.stock()), p.aliases(), p.active(), p.createdAt().toString(), p.updatedAt().toString(),
                p.options().stream().map(o -> new OptionView(o.name(), o.values().stream()
                        .map(v -> new OptionValueView(v.value(), JsonNumbers.money(v.priceDelta(), p.currency()))).toList())).toList());
    }

    static PriceListView view(PriceList l) {
        return new PriceListView(l.id(), l.name(), l.description(), JsonNumbers.decimal(l.discountPercent()), l.active());
    }

    static RuleView view(PricingRule r) {
        return new RuleView(r.id(), r.priceListId(), r.sku(), JsonNumbers.quantity(r.minQuantity()), JsonNumbers.decimal(r.unitPrice()),
                JsonNumbers.decimal(r.discountPercent()));
    }

    static PriceView view(PriceQuote q) {
        return new PriceView(q.sku(), JsonNumbers.quantity(q.quantity()), q.unitPrice().toPlainString(), JsonNumbers.decimal(q.basePrice()), q.currency(),
                q.priceListId(), q.ruleId(), q.basis());
    }
}
