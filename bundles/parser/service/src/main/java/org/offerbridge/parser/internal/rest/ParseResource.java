package org.offerbridge.parser.internal.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.parser.engine.ParseResult;
import org.offerbridge.parser.engine.ParsedLine;
import org.offerbridge.parser.engine.RequestParser;
import org.offerbridge.parser.internal.CatalogIndexCache;
import org.offerbridge.parser.internal.ParserCapability;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * POST /parse: what a message asks for, against the caller's own catalog. Creates nothing; counts one parse
 * against the plan's monthly quota.
 */
@Component(service = ParseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("parse")
@RequiresCapability(ParserCapability.ID)
public class ParseResource {
    /** Longer messages are refused (400 naming text): a request for quotation is not a document. */
    public static final int MAX_TEXT = 20_000;
    static final Set<String> CHANNELS = Set.of("email", "whatsapp", "telegram", "instagram", "webform", "webhook", "api");

    public record ParseRequest(String text, String channel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String sku, String name, BigDecimal quantity, String unit, double confidence, String source,
            Boolean inStock, String unitPrice, String currency) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unmatched(String text, BigDecimal quantity) {
    }

    public record Answer(String language, List<Line> lines, List<Unmatched> unmatched) {
    }

    private final CatalogIndexCache indexes;
    private final CatalogService catalog;
    private final UsageMeter usage;
    private final RequestParser parser = new RequestParser();

    @Activate
    public ParseResource(@Reference CatalogIndexCache indexes, @Reference CatalogService catalog, @Reference UsageMeter usage) {
        this.indexes = indexes;
        this.catalog = catalog;
        this.usage = usage;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer parse(ParseRequest body) {
        if (body == null || body.text() == null) {
            throw ProblemException.invalid("text", "text is required");
        }
        if (body.text().length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "text must be at most " + MAX_TEXT + " characters");
        }
        if (body.channel() != null && !CHANNELS.contains(body.channel())) {
            throw ProblemException.invalid("channel", "channel must be one of " + String.join(", ", CHANNELS.stream().sorted().toList()));
        }
        usage.consume(Quota.PARSES_PER_MONTH, 1);
        CatalogIndexCache.Snapshot snapshot = indexes.current();
        ParseResult result = parser.parse(body.text(), snapshot.index());
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
                    price == null ? null : price.unitPrice().toPlainString(), p.currency()));
        }
        List<Unmatched> unmatched = result.unmatched().stream().map(u -> new Unmatched(u.text(), u.quantity())).toList();
        return new Answer(result.language(), lines, unmatched);
    }

    private static double round(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
    }
}
