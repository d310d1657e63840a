package org.offerbridge.parser.ui.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import org.offerbridge.catalog.api.Product;

/** A product as the SKU picker offers it; two choices are the same when their SKUs are. */
final class SkuChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String sku;
    private final String name;
    private final String unit;
    private final BigDecimal price;
    private final String currency;

    SkuChoice(String sku, String name, String unit, BigDecimal price, String currency) {
        this.sku = Objects.requireNonNull(sku, "sku");
        this.name = name;
        this.unit = unit;
        this.price = price;
        this.currency = currency;
    }

    static SkuChoice of(Product p) {
        return new SkuChoice(p.sku(), p.name(), p.unit(), p.price(), p.currency());
    }

    String sku() {
        return sku;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    /** The catalog's base price; the proposal's price list and volume breaks apply when it is saved. */
    BigDecimal price() {
        return price;
    }

    String currency() {
        return currency;
    }

    /** What the picker shows: "SKU · name". */
    String caption() {
        return name == null || name.isBlank() ? sku : sku + " · " + name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkuChoice c && c.sku.equals(sku);
    }

    @Override
    public int hashCode() {
        return sku.hashCode();
    }

    @Override
    public String toString() {
        return caption();
    }
}
