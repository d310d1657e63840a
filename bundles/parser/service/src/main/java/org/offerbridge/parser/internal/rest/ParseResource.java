package org.offerbridge.parser.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.offerbridge.parser.internal.CatalogParsing;
import org.offerbridge.parser.internal.MessageRules;
import org.offerbridge.parser.internal.ParserCapability;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
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
            throw FieldRules.invalid("text", "text is required", "field.required", "text");
        }
        String text = MessageRules.text(body.text());
        if (body.channel() != null) {
            MessageRules.channel(body.channel());
        }
        return parsing.parse(text == null ? "" : text); // a blank message asks for nothing: empty lines, not a 400
    }
}
