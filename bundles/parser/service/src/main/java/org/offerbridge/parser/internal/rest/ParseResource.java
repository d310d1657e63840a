package org.offerbridge.parser.internal.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.offerbridge.parser.internal.CatalogParsing;
import org.offerbridge.parser.internal.ParserCapability;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

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
    public static final Set<String> CHANNELS = Set.of("email", "whatsapp", "telegram", "instagram", "webform", "webhook", "api");

    public record ParseRequest(String text, String channel) {
    }

    private final CatalogParsing parsing;

    @Activate
    public ParseResource(@Reference CatalogParsing parsing) {
        this.parsing = parsing;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CatalogParsing.Answer parse(ParseRequest body) {
        if (body == null || body.text() == null) {
            throw ProblemException.invalid("text", "text is required");
        }
        if (body.text().length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "text must be at most " + MAX_TEXT + " characters");
        }
        if (body.channel() != null && !CHANNELS.contains(body.channel())) {
            throw ProblemException.invalid("channel", "channel must be one of " + String.join(", ", CHANNELS.stream().sorted().toList()));
        }
        return parsing.parse(body.text());
    }
}
