package org.offerbridge.quotation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.catalog.api.ChosenOptions;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Prices quote lines from the bound tenant's catalog and snapshots what the line shows: product, unit, the price for
 * that quantity (price rules and volume breaks), and the product's tax rate or the workspace's default.
 */
@Component(service = CatalogPricing.class)
public class CatalogPricing {
    private final CatalogService catalog;

    /** A line ready to be stored; {@code field} names it for a 400. */
    record Priced(String field, String productId, String sku, String name, String unit, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, Map<String, String> options) {
        QuoteMath.LineInput math() {
            return new QuoteMath.LineInput(field, quantity, unitPrice, discountPercent, taxRate);
        }
    }

    @Activate
    public CatalogPricing(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    /** The currency new quotes get when neither the request nor the workspace names one. */
    String defaultCurrency() {
        return catalog.defaultCurrency();
    }

    /**
     * Prices lines already checked by {@link QuoteRules#lines}; a SKU the catalog cannot price in {@code currency} is a 400,
     * as are options the product does not offer (naming {@code lines[i].options}).
     */
    List<Priced> price(List<QuoteDraft.LineInput> lines, String currency, BigDecimal defaultTaxRate) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (QuoteDraft.LineInput l : lines) {
            // the catalog prices one quantity per SKU; a repeated SKU is priced for the larger line
            quantities.merge(l.sku(), l.quantity(), BigDecimal::max);
        }
        Map<String, PriceQuote> prices = quantities.isEmpty() ? Map.of() : catalog.prices(quantities, null);
        List<Priced> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            QuoteDraft.LineInput l = lines.get(i);
            String field = "lines[" + i + "]";
            String sku = l.sku();
            Product p = catalog.bySku(sku).orElseThrow(() -> ProblemException.invalid(field + ".sku", "No product with SKU '" + sku + "'"));
            PriceQuote price = prices.get(sku);
            if (price == null) {
                price = catalog.price(p.sku(), l.quantity(), null)
                        .orElseThrow(() -> ProblemException.invalid(field + ".sku", "No price for SKU '" + sku + "'"));
            }
            if (!price.currency().equals(currency)) {
                throw ProblemException.invalid(field + ".sku", "'" + sku + "' is priced in " + price.currency() + ", the quote is in " + currency);
            }
            Map<String, String> options = ChosenOptions.resolve(p, l.options()).orElseThrow(() -> ProblemException.invalid(field + ".options",
                    "'" + ChosenOptions.text(l.options(), " · ") + "' are not options '" + p.sku() + "' offers"));
            // the chosen values' price differences on top of the catalog's price for the quantity; never below zero
            BigDecimal unitPrice = price.unitPrice().add(ChosenOptions.delta(p, options)).max(BigDecimal.ZERO);
            BigDecimal discount = l.discountPercent() == null ? BigDecimal.ZERO : l.discountPercent();
            BigDecimal tax = p.taxRate() != null ? p.taxRate() : defaultTaxRate;
            out.add(new Priced(field, p.id(), p.sku(), p.name(), p.unit(), l.quantity(), unitPrice, discount, tax, options));
        }
        return out;
    }
}
