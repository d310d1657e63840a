package org.offerbridge.parser.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.parser.api.Span;
import org.offerbridge.parser.engine.ParseResult;
import org.offerbridge.parser.engine.ParsedLine;
import org.offerbridge.parser.engine.RequestParser;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Parses a message against the bound tenant's catalog and prices the lines: the one path behind POST /parse
 * and intake. Counts one parse against the plan's monthly quota.
 */
@Component(service = CatalogParsing.class)
public class CatalogParsing {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String sku, String name, BigDecimal quantity, String unit, double confidence, String source,
            Boolean inStock, String unitPrice, String currency, @JsonIgnore List<Span> spans) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unmatched(String text, BigDecimal quantity, @JsonIgnore List<Span> spans) {
    }

    /** {@code parser} (builtin or llm) is for intake's records; POST /parse answers exactly language, lines, unmatched. */
    public record Answer(String language, List<Line> lines, List<Unmatched> unmatched, @JsonIgnore String parser) {
    }

    /** Parser name of the built-in offline parser. */
    public static final String BUILTIN = "builtin";

    private final CatalogIndexCache indexes;
    private final CatalogService catalog;
    private final UsageMeter usage;
    private final RequestParser parser = new RequestParser();

    @Activate
    public CatalogParsing(@Reference CatalogIndexCache indexes, @Reference CatalogService catalog, @Reference UsageMeter usage) {
        this.indexes = indexes;
        this.catalog = catalog;
        this.usage = usage;
    }

    /** @throws org.offerbridge.platform.api.QuotaExceededException when the plan's parses are used up */
    public Answer parse(String text) {
        usage.consume(Quota.PARSES_PER_MONTH, 1);
        CatalogIndexCache.Snapshot snapshot = indexes.current();
        ParseResult result = parser.parse(text, snapshot.index());
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (ParsedLine l : result.lines()) {
            if (snapshot.bySku().containsKey(l.sku())) { // only SKUs of this catalog survive
                quantities.put(l.sku(), l.quantity());
            }
        }
        Map<String, PriceQuote> prices = catalog.prices(quantities, null); // one transaction for all lines
        List<Line> lines = new ArrayList<>();
        for (ParsedLine l : result.lines()) {
            Product p = snapshot.bySku().get(l.sku());
            if (p == null) {
                continue;
            }
            PriceQuote price = prices.get(p.sku());
            lines.add(new Line(p.sku(), p.name(), l.quantity(), p.unit(), round(l.confidence()), l.source(),
                    p.stock() == null ? null : p.stock().compareTo(l.quantity()) >= 0,
                    price == null ? null : price.unitPrice().toPlainString(), p.currency(), List.of()));
        }
        List<Unmatched> unmatched = result.unmatched().stream().map(u -> new Unmatched(u.text(), u.quantity(), List.of())).toList();
        return new Answer(result.language(), lines, unmatched, BUILTIN);
    }

    /**
     * Prices lines staff chose: every SKU must be an active product of the bound tenant's catalog (400 naming
     * {@code lines[i].sku} otherwise). Staff lines carry confidence 1 and no source.
     */
    public List<Line> staffLines(List<Map.Entry<String, BigDecimal>> chosen) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        Map<String, Product> products = new LinkedHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            String sku = chosen.get(i).getKey();
            String field = "lines[" + i + "].sku";
            Product p = catalog.bySku(sku).filter(Product::active).orElseThrow(() ->
                    ProblemException.invalid(field, "no active product with SKU " + sku + " in this catalog"));
            products.put(p.sku(), p);
            quantities.merge(p.sku(), chosen.get(i).getValue(), BigDecimal::add);
        }
        Map<String, PriceQuote> prices = catalog.prices(quantities, null);
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> q : quantities.entrySet()) {
            Product p = products.get(q.getKey());
            PriceQuote price = prices.get(p.sku());
            lines.add(new Line(p.sku(), p.name(), q.getValue(), p.unit(), 1.0, null,
                    p.stock() == null ? null : p.stock().compareTo(q.getValue()) >= 0,
                    price == null ? null : price.unitPrice().toPlainString(), p.currency(), List.of()));
        }
        return lines;
    }

    private static double round(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
    }
}
