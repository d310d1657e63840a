package org.offerbridge.rfqform.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductOption;

/** Products built for the tests: a door with options (one costs extra), a bolt without, an inactive one. */
final class Catalogs {
    static final Product DOOR = new Product("p1", "DOOR-1", "Oak door", "Solid oak, made to measure", "pcs", new BigDecimal("420.00"), "EUR",
            null, null, List.of(), true, Instant.EPOCH, Instant.EPOCH,
            List.of(new ProductOption("Colour", List.of(new ProductOption.Value("Natural", null), new ProductOption.Value("Red", new BigDecimal("25.00")))),
                    new ProductOption("Handle", List.of(new ProductOption.Value("Left", BigDecimal.ZERO), new ProductOption.Value("Right", null)))));
    static final Product BOLT = new Product("p2", "HB-M8-40", "M8 hex bolt 40mm", null, "pcs", new BigDecimal("4.50"), "INR", null, null,
            List.of(), true, Instant.EPOCH, Instant.EPOCH);
    static final Product OLD = new Product("p3", "OLD-1", "Retired item", null, "pcs", BigDecimal.ONE, "EUR", null, null, List.of(), false,
            Instant.EPOCH, Instant.EPOCH);

    static java.util.Optional<Product> bySku(String sku) {
        return java.util.stream.Stream.of(DOOR, BOLT, OLD).filter(p -> p.sku().equalsIgnoreCase(sku)).findFirst();
    }

    private Catalogs() {
    }
}
