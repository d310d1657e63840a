package org.offerbridge.webhooks.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.webhooks.api.WebhookLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The delivery log as a service: the REST resource and the admin UI read and replay through this one place. */
@Component(service = {WebhookLog.class, WebhookLogImpl.class})
public class WebhookLogImpl implements WebhookLog {
    private final WebhookEndpoints endpoints;
    private final DeliveryLog log;
    private final DeliveryStates states;
    private final Dispatcher dispatcher;
    private final FailureNotices notices;
    private final RequestContext context;
    private final AuditTrail audit;

    @Activate
    public WebhookLogImpl(@Reference WebhookEndpoints endpoints, @Reference DeliveryLog log, @Reference DeliveryStates states,
            @Reference Dispatcher dispatcher, @Reference FailureNotices notices, @Reference RequestContext context,
            @Reference AuditTrail audit) {
        this.endpoints = endpoints;
        this.log = log;
        this.states = states;
        this.dispatcher = dispatcher;
        this.notices = notices;
        this.context = context;
        this.audit = audit;
    }

    @Override
    public List<Endpoint> endpoints(int limit) {
        return endpoints.list(null, Math.max(1, Math.min(500, limit))).stream()
                .map(e -> new Endpoint(e.id(), e.url(), e.events(), e.description(), e.enabled(), e.disabledReason())).toList();
    }

    @Override
    public List<Delivery> deliveries(String endpointId, String status, int limit) {
        return log.list(endpointId, status, null, Math.max(1, Math.min(500, limit))).stream().map(WebhookLogImpl::delivery).toList();
    }

    @Override
    public Optional<Detail> delivery(String id) {
        return log.find(id).map(d -> new Detail(delivery(d.summary()), d.payload(), d.attempts().stream()
                .map(a -> new Attempt(a.trigger(), Instant.ofEpochMilli(a.attemptedAt()), a.durationMillis(), a.statusCode(), a.error(),
                        a.responseBody())).toList()));
    }

    @Override
    public Detail replay(String id) {
        TenantPrincipal by = context.require().requireRole(Role.ADMIN);
        Claim target = states.replayTarget(by.tenantId(), id).orElseThrow(() -> DeliveriesResource.notFound(id));
        if (target.secretSealed() == null) {
            throw ProblemException.conflict("The delivery's endpoint is switched off; enable it first");
        }
        long started = System.currentTimeMillis();
        SendResult result = dispatcher.send(target);
        notices.report(by.tenantId(), states.record(by.tenantId(), id, "replay", result, started, dispatcher.schedule(), dispatcher.disableAfter()));
        audit.record("webhooks.delivery.replayed", "webhooks.delivery:" + id,
                "message=" + target.messageId() + " status=" + (result.statusCode() == null ? "-" : result.statusCode()));
        return delivery(id).orElseThrow(() -> DeliveriesResource.notFound(id));
    }

    private static Delivery delivery(DeliveryLog.Summary s) {
        return new Delivery(s.id(), s.messageId(), s.endpointId(), s.eventType(), s.status(), s.attempts(), s.lastStatusCode(), s.lastError(),
                s.nextAttemptAt() == null ? null : Instant.ofEpochMilli(s.nextAttemptAt()), Instant.ofEpochMilli(s.createdAt()),
                s.deliveredAt() == null ? null : Instant.ofEpochMilli(s.deliveredAt()));
    }
}
