package org.offerbridge.webhooks.internal;

import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.offerbridge.platform.api.Role;
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
    private static final Set<String> STATUSES = Set.of(DeliveryEntity.PENDING, DeliveryEntity.DELIVERED, DeliveryEntity.FAILED);

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
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalid("status", "status must be pending, delivered or failed");
        }
        PageRequest page = PageRequest.of(limit, cursor);
        String endpointId = endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
        List<DeliveryLog.Summary> rows = log.list(endpointId, status, page.after(), page.limit() + 1);
        List<DeliveryLog.Summary> items = rows.stream().limit(page.limit()).toList();
        String next = rows.size() > page.limit() ? PageRequest.cursorAfter(items.get(items.size() - 1).id()) : null;
        return new Page<>(items.stream().map(WebhookViews::view).toList(), next);
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
