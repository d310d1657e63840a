package org.offerbridge.parser.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.ChosenOptions;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.api.Span;
import org.offerbridge.parser.engine.ParseResult;
import org.offerbridge.parser.engine.ParsedLine;
import org.offerbridge.parser.engine.RequestParser;
import org.offerbridge.parser.internal.llm.LlmParsing;
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
            Boolean inStock, String unitPrice, String currency, @JsonIgnore List<Span> spans, @JsonIgnore Map<String, String> options) {
        public Line {
            options = options == null ? Map.of() : options;
        }

        /** A line without options, as the parser reads them from text. */
        public Line(String sku, String name, BigDecimal quantity, String unit, double confidence, String source, Boolean inStock,
                String unitPrice, String currency, List<Span> spans) {
            this(sku, name, quantity, unit, confidence, source, inStock, unitPrice, currency, spans, Map.of());
        }
    }

    /** Products chosen by SKU (a sender's items or staff lines), priced, and what could not be matched. */
    public record Chosen(List<Line> lines, List<Unmatched> unmatched) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unmatched(String text, BigDecimal quantity, @JsonIgnore List<Span> spans) {
    }

    /** {@code parser} says who read the message ({@link #LLM} or {@link #BUILTIN}); not part of the /parse contract. */
    public record Answer(String language, List<Line> lines, List<Unmatched> unmatched, @JsonIgnore String parser) {
    }

    public static final String LLM = "llm";
    public static final String BUILTIN = "builtin";

    private final CatalogIndexCache indexes;
    private final CatalogService catalog;
    private final UsageMeter usage;
    private final RequestParser parser = new RequestParser();
    private final LlmParsing llm;

    @Activate
    public CatalogParsing(@Reference CatalogIndexCache indexes, @Reference CatalogService catalog, @Reference UsageMeter usage,
            @Reference LlmParsing llm) {
        this.indexes = indexes;
        this.catalog = catalog;
        this.usage = usage;
        this.llm = llm;
    }

    /** @throws org.offerbridge.platform.api.QuotaExceededException when the plan's parses are used up */
    public Answer parse(String text) {
        usage.consume(Quota.PARSES_PER_MONTH, 1);
        CatalogIndexCache.Snapshot snapshot = indexes.current();
        ParseResult builtin = parser.parse(text, snapshot.index());
        // Where an LLM provider is on for this tenant its reading wins; it answers empty when off or failed.
        Optional<ParseResult> fromLlm = llm.parse(text, snapshot, builtin);
        ParseResult result = fromLlm.orElse(builtin);
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
                    price == null ? null : price.unitPrice().toPlainString(), p.currency(), spans(l.spans())));
        }
        List<Unmatched> unmatched = result.unmatched().stream().map(u -> new Unmatched(u.text(), u.quantity(), spans(u.spans()))).toList();
        return new Answer(result.language(), lines, unmatched, fromLlm.isPresent() ? LLM : BUILTIN);
    }

    /**
     * Prices lines staff chose: every SKU must be an active product of the bound tenant's catalog (400 naming
     * {@code lines[i].sku} otherwise) and its options the product's (400 naming {@code lines[i].options}). Staff lines
     * carry confidence 1 and no source; lines of one SKU with the same options are one line.
     */
    public List<Line> staffLines(List<RequestInbox.LineEdit> chosen) {
        List<Pick> picks = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            RequestInbox.LineEdit l = chosen.get(i);
            String sku = l.sku().strip();
            String field = "lines[" + i + "]";
            Product p = catalog.bySku(sku).filter(Product::active).orElseThrow(() ->
                    ProblemException.invalid(field + ".sku", "no active product with SKU " + sku + " in this catalog"));
            Map<String, String> options = ChosenOptions.resolve(p, l.options()).orElseThrow(() -> ProblemException.invalid(
                    field + ".options", "'" + ChosenOptions.text(l.options()) + "' are not options " + p.sku() + " offers"));
            picks.add(new Pick(p, options, l.quantity()));
        }
        return priced(picks);
    }

    /**
     * Prices the products a sender chose: each becomes a line with confidence 1 and no source, its options spelled and
     * ordered as the product has them and their price differences in the unit price. An unknown or inactive SKU, an
     * option the product lacks or a value it does not allow becomes an unmatched item saying what was asked.
     */
    public Chosen chosen(List<RequestInbox.ChosenItem> items) {
        List<Pick> picks = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (RequestInbox.ChosenItem item : items) {
            Optional<Product> product = catalog.bySku(item.sku()).filter(Product::active);
            Optional<Map<String, String>> options = product.flatMap(p -> ChosenOptions.resolve(p, item.options()));
            if (options.isPresent()) {
                picks.add(new Pick(product.get(), options.get(), item.quantity()));
            } else {
                unmatched.add(new Unmatched(asked(item.sku(), item.options(), item.quantity()), item.quantity(), List.of()));
            }
        }
        return new Chosen(picks.isEmpty() ? List.of() : priced(picks), unmatched);
    }

    /**
     * The proposal of a request with chosen products: their lines first, then the lines the text yields for other
     * products (a product chosen is not proposed twice), then what was not matched, the chosen items' first.
     * {@code fromText} is null when the request has no text.
     */
    public static Answer withChosen(Chosen chosen, Answer fromText) {
        if (fromText == null) {
            return new Answer(null, chosen.lines(), chosen.unmatched(), BUILTIN);
        }
        java.util.Set<String> skus = new java.util.HashSet<>();
        chosen.lines().forEach(l -> skus.add(l.sku()));
        List<Line> lines = new ArrayList<>(chosen.lines());
        fromText.lines().stream().filter(l -> !skus.contains(l.sku())).forEach(lines::add);
        List<Unmatched> unmatched = new ArrayList<>(chosen.unmatched());
        unmatched.addAll(fromText.unmatched());
        return new Answer(fromText.language(), lines, unmatched, fromText.parser());
    }

    private record Pick(Product product, Map<String, String> options, BigDecimal quantity) {
    }

    /**
     * One line per product and options (quantities added up), priced by the catalog for the product's whole quantity
     * (its volume breaks) plus the chosen values' price differences, never below zero.
     */
    private List<Line> priced(List<Pick> picks) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        Map<List<Object>, Pick> merged = new LinkedHashMap<>();
        for (Pick pick : picks) {
            quantities.merge(pick.product().sku(), pick.quantity(), BigDecimal::add);
            merged.merge(List.of(pick.product().sku(), pick.options()), pick,
                    (a, b) -> new Pick(a.product(), a.options(), a.quantity().add(b.quantity())));
        }
        Map<String, PriceQuote> prices = catalog.prices(quantities, null);
        List<Line> lines = new ArrayList<>();
        for (Pick pick : merged.values()) {
            Product p = pick.product();
            PriceQuote price = prices.get(p.sku());
            String unitPrice = null;
            if (price != null) {
                BigDecimal withOptions = price.unitPrice().add(ChosenOptions.delta(p, pick.options()));
                unitPrice = withOptions.max(BigDecimal.ZERO).toPlainString();
            }
            lines.add(new Line(p.sku(), p.name(), pick.quantity(), p.unit(), 1.0, null,
                    p.stock() == null ? null : p.stock().compareTo(pick.quantity()) >= 0, unitPrice, p.currency(), List.of(),
                    pick.options()));
        }
        return lines;
    }

    private static List<Span> spans(List<org.offerbridge.parser.engine.Span> found) {
        return found.stream().map(s -> new Span(s.start(), s.end())).toList();
    }

    private static double round(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
    }

    /** What was asked, as an unmatched item reads: "SKU-X (Colour: Purple) × 3". */
    static String asked(String sku, Map<String, String> options, BigDecimal quantity) {
        String o = ChosenOptions.text(options);
        return sku + (o.isEmpty() ? "" : " (" + o + ")") + (quantity == null ? "" : " × " + quantity.stripTrailingZeros().toPlainString());
    }
}
