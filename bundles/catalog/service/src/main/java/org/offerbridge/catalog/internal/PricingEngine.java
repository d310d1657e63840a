package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.PricingRule;

/**
 * Works out a unit price. Candidates are the base price, the price list's own discount, and every rule that
 * applies to the quantity (global or of the list, for the product or the whole catalog); the customer gets the
 * lowest, so adding a rule can never make a price worse. Prices keep up to four decimals (bulk items such as
 * screws are priced below a cent); rounding to the currency happens on the quote total.
 */
final class PricingEngine {
    private static final int PRICE_SCALE = 4;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private PricingEngine() {
    }

    static PriceQuote price(String sku, BigDecimal basePrice, String currency, BigDecimal quantity, PriceList list,
            List<PricingRule> rules) {
        Candidate best = new Candidate(basePrice, null, "base");
        if (list != null && list.discountPercent() != null && list.discountPercent().signum() > 0) {
            best = min(best, new Candidate(discounted(basePrice, list.discountPercent()), null, "price-list"));
        }
        String listId = list == null ? null : list.id();
        Optional<Candidate> fromRules = rules.stream()
                .filter(r -> r.minQuantity().compareTo(quantity) <= 0)
                .filter(r -> r.priceListId() == null || r.priceListId().equals(listId))
                .filter(r -> r.sku() == null || r.sku().equalsIgnoreCase(sku))
                .map(r -> new Candidate(r.unitPrice() != null ? r.unitPrice() : discounted(basePrice, r.discountPercent()),
                        r.id(), "volume-break"))
                .min(Comparator.comparing(Candidate::price));
        if (fromRules.isPresent()) {
            best = min(best, fromRules.get());
        }
        BigDecimal unit = best.price.setScale(PRICE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        int currencyDigits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        if (unit.scale() < currencyDigits) {
            unit = unit.setScale(currencyDigits);
        }
        return new PriceQuote(sku, quantity, unit, basePrice, currency, listId, best.ruleId, best.basis);
    }

    private static BigDecimal discounted(BigDecimal base, BigDecimal percent) {
        return base.multiply(HUNDRED.subtract(percent)).divide(HUNDRED, 8, RoundingMode.HALF_UP);
    }

    private static Candidate min(Candidate a, Candidate b) {
        return b.price.compareTo(a.price) < 0 ? b : a;
    }

    private record Candidate(BigDecimal price, String ruleId, String basis) {
    }
}
