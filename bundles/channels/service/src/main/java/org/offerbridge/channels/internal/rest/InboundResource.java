package org.offerbridge.channels.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.offerbridge.channels.internal.InboundReceiver;
import org.offerbridge.channels.internal.rest.ChannelViews.Received;
import org.offerbridge.channels.spi.HandshakeAnswer;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProviderCallback;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * A channel's inbound URL, called by providers and integrators without a bearer token: the unguessable token in the
 * path and the kind's own signature are the credentials. The gateway has buffered and bounded the body; it is read
 * here as the exact bytes, which signatures are computed over.
 */
@Component(service = InboundResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("channels/inbound/{token}")
@ProviderCallback
public class InboundResource {
    private final InboundReceiver receiver;

    @Activate
    public InboundResource(@Reference InboundReceiver receiver) {
        this.receiver = receiver;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Received receive(@PathParam("token") String token, @Context HttpHeaders headers, @Context UriInfo uri, InputStream body)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
        InboundReceiver.Answer a = receiver.receive(token, call("POST", headers, uri, bytes));
        return new Received(a.messageId(), a.conversationId());
    }

    @GET
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Response handshake(@PathParam("token") String token, @Context HttpHeaders headers, @Context UriInfo uri) {
        HandshakeAnswer a = receiver.handshake(token, call("GET", headers, uri, new byte[0]));
        return Response.status(a.status()).type(a.contentType()).entity(a.body()).build();
    }

    private static InboundCall call(String method, HttpHeaders headers, UriInfo uri, byte[] body) {
        Map<String, List<String>> h = new HashMap<>();
        headers.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        Map<String, List<String>> q = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> q.put(k, List.copyOf(v)));
        return new InboundCall(method, h, q, body, Instant.now());
    }
}
