package org.offerbridge.webhooks.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.webhooks.internal.WebhookViews.DeliveryDetail;
import org.offerbridge.webhooks.internal.WebhookViews.DeliveryView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** /webhooks/deliveries: the delivery log (staff read) and replay (admins). */
@Component(service = DeliveriesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("webhooks/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(WebhooksCapability.ID)
public class DeliveriesResource {
    private static final List<String> STATUSES = List.of(DeliveryEntity.PENDING, DeliveryEntity.DELIVERED, DeliveryEntity.FAILED);

    private final DeliveryLog log;
    private final WebhookLogImpl replays;

    @Activate
    public DeliveriesResource(@Reference DeliveryLog log, @Reference WebhookLogImpl replays) {
        this.log = log;
        this.replays = replays;
    }

    @GET
    public Page<DeliveryView> list(@QueryParam("endpoint") String endpoint, @QueryParam("status") String status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        String state = status == null ? null : FieldRules.oneOf("status", status, STATUSES);
        String endpointId = FieldRules.text("endpoint", endpoint, Ids.LENGTH);
        PageRequest page = PageRequest.of(limit, cursor);
        return page.page(log.list(endpointId, state, page.after(), page.fetchSize()), DeliveryLog.Summary::id, WebhookViews::view);
    }

    @GET
    @Path("{id}")
    public DeliveryDetail get(@PathParam("id") String id) {
        return log.find(id).map(WebhookViews::view).orElseThrow(() -> notFound(id));
    }

    /**
     * Sends the message again now, whatever its state, and answers with the delivery and the new attempt. A
     * success delivers it; a failure leaves its schedule as it was.
     */
    @POST
    @Path("{id}/replay")
    @RolesAllowed(Role.ADMIN_NAME)
    public DeliveryDetail replay(@PathParam("id") String id) {
        replays.replay(id);
        return get(id);
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("Webhook delivery " + id);
    }
}
