package org.offerbridge.parser.engine;

import java.util.List;

/** One catalog product as the parser sees it. {@code unit}: pcs, box, pack, m, kg, l, set, roll, sheet, pair, ... */
public record CatalogItem(String sku, String name, List<String> aliases, String unit) {
    public CatalogItem {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
