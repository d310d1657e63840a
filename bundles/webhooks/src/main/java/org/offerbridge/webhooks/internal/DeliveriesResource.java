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

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.AuditTrail;
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
    private final DeliveryStates states;
    private final Dispatcher dispatcher;
    private final FailureNotices notices;
    private final RequestContext context;
    private final AuditTrail audit;

    @Activate
    public DeliveriesResource(@Reference DeliveryLog log, @Reference DeliveryStates states, @Reference Dispatcher dispatcher,
            @Reference FailureNotices notices, @Reference RequestContext context, @Reference AuditTrail audit) {
        this.log = log;
        this.states = states;
        this.dispatcher = dispatcher;
        this.notices = notices;
        this.context = context;
        this.audit = audit;
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
        String tenant = context.require().tenantId();
        Claim target = states.replayTarget(tenant, id).orElseThrow(() -> notFound(id));
        if (target.secretSealed() == null) {
            throw ProblemException.conflict("The delivery's endpoint is switched off; enable it first");
        }
        long started = System.currentTimeMillis();
        SendResult result = dispatcher.send(target);
        notices.report(tenant, states.record(tenant, id, "replay", result, started, dispatcher.schedule(), dispatcher.disableAfter()));
        audit.record("webhooks.delivery.replayed", "webhooks.delivery:" + id,
                "message=" + target.messageId() + " status=" + (result.statusCode() == null ? "-" : result.statusCode()));
        return get(id);
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("Webhook delivery " + id);
    }
}
