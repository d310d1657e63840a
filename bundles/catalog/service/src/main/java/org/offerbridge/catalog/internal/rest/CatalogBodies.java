package org.offerbridge.catalog.internal.rest;

import java.util.List;

import org.offerbridge.platform.api.fields.Patch;

/** The JSON request bodies of the catalog API, bound by the gateway's strict mapper (an unknown field is a 400 naming it). */
final class CatalogBodies {
    private CatalogBodies() {
    }

    /** POST /catalog/products. */
    public record NewProduct(String sku, String name, String description, String unit, JsonDecimal price, String currency,
            JsonDecimal taxRate, JsonDecimal stock, List<String> aliases, Boolean active, List<OptionBody> options) {
    }

    /** One option of a product body: {@code {"name": "Colour", "values": [{"value": "Blue", "priceDelta": "2.50"}]}}. */
    public record OptionBody(String name, List<OptionValueBody> values) {
    }

    /** One allowed value; {@code priceDelta} as a string or a number, like prices. */
    public record OptionValueBody(String value, JsonDecimal priceDelta) {
    }

    /** PATCH /catalog/products/{id}: absent fields stay; null removes stock, taxRate or options, is a 400 for the
     * fields a product must have, and leaves description and aliases as they are (an empty one removes them). Options
     * given replace all of the product's options. */
    public record ProductChanges(Patch<String> sku, Patch<String> name, Patch<String> description, Patch<String> unit,
            Patch<JsonDecimal> price, Patch<String> currency, Patch<JsonDecimal> taxRate, Patch<JsonDecimal> stock,
            Patch<List<String>> aliases, Patch<Boolean> active, Patch<List<OptionBody>> options) {
    }

    /**
     * POST and PATCH /catalog/price-lists: for a change, absent and null fields alike leave the value as it is (no field
     * of a list can be removed; an empty description removes it), so a change needs no {@link Patch}.
     */
    public record PriceListFields(String name, String description, JsonDecimal discountPercent, Boolean active) {
    }

    /** POST /catalog/pricing-rules and /catalog/price-lists/{id}/rules. */
    public record NewRule(String sku, JsonDecimal minQuantity, JsonDecimal unitPrice, JsonDecimal discountPercent) {
    }
}
