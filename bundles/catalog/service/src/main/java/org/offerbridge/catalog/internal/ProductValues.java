package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.List;

import org.offerbridge.catalog.api.ProductOption;

/** All stored values of one product, already checked by {@link ProductRules}: what {@link ProductStore} writes. */
record ProductValues(String sku, String name, String description, String unit, BigDecimal price, String currency,
        BigDecimal taxRate, BigDecimal stock, List<String> aliases, boolean active, List<ProductOption> options) {

    ProductValues {
        aliases = List.copyOf(aliases);
        options = options == null ? List.of() : List.copyOf(options);
    }
}
