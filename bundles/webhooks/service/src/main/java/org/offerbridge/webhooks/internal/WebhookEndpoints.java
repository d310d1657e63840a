package org.offerbridge.webhooks.internal;

import java.util.List;
import java.util.Map;

import org.offerbridge.platform.api.secrets.StandardWebhooks;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.offerbridge.webhooks.internal.WebhookViews.CreatedEndpoint;
import org.offerbridge.webhooks.internal.WebhookViews.NewSecret;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The bound tenant's webhook endpoints: every staff role reads, admins change (the rule of the REST methods'
 * {@code @RolesAllowed}, checked here so that no caller skips it). The signing secret is answered once, at creation
 * and on rotation, and stored sealed; the URL passes the outbound policy here and again before every attempt.
 */
@Component(service = WebhookEndpoints.class)
public class WebhookEndpoints {
    private final EndpointStore store;
    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final SecretCipher cipher;
    private final OutboundAddressPolicy policy;
    private final AuditTrail audit;
    private final RequestContext context;

    @Activate
    public WebhookEndpoints(@Reference EndpointStore store, @Reference Outbox outbox, @Reference Dispatcher dispatcher,
            @Reference SecretCipher cipher, @Reference OutboundAddressPolicy policy, @Reference AuditTrail audit,
            @Reference RequestContext context) {
        this.store = store;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.cipher = cipher;
        this.policy = policy;
        this.audit = audit;
        this.context = context;
    }

    /** Oldest first, after {@code afterId} when given. */
    public List<Endpoint> list(String afterId, int limit) {
        context.require();
        return store.list(afterId, limit);
    }

    public Endpoint get(String id) {
        context.require();
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** Creates an enabled endpoint (unless the body says otherwise) with a new signing secret, shown this once. */
    public CreatedEndpoint create(NewEndpoint body) {
        requireAdmin();
        NewEndpoint checked = EndpointRules.forCreate(body, policy);
        String secret = StandardWebhooks.newSecret();
        Endpoint e = store.create(checked, cipher.encrypt(secret));
        audit.record("webhooks.endpoint.created", "webhooks.endpoint:" + e.id(), describe(e));
        return WebhookViews.created(e, secret);
    }

    public Endpoint update(String id, EndpointPatch body) {
        requireAdmin();
        EndpointPatch change = EndpointRules.forChange(body, policy);
        Endpoint e = store.update(id, change).orElseThrow(() -> notFound(id));
        audit.record("webhooks.endpoint.updated", "webhooks.endpoint:" + e.id(), describe(e));
        return e;
    }

    /** Deletes the endpoint with its delivery log. */
    public void delete(String id) {
        requireAdmin();
        if (!store.delete(id)) {
            throw notFound(id);
        }
        audit.record("webhooks.endpoint.deleted", "webhooks.endpoint:" + id, "with its delivery log");
    }

    /** A new secret, effective for the next attempt; the old one stops working at once. */
    public NewSecret rotateSecret(String id) {
        requireAdmin();
        String secret = StandardWebhooks.newSecret();
        if (!store.replaceSecret(id, cipher.encrypt(secret))) {
            throw notFound(id);
        }
        audit.record("webhooks.endpoint.secret-rotated", "webhooks.endpoint:" + id, "a new signing secret");
        return new NewSecret(id, secret);
    }

    /** Queues a {@code webhook.test} message to this endpoint and has the dispatcher look for it at once. */
    public DeliveryLog.Summary test(String id) {
        requireAdmin();
        Endpoint e = store.find(id).orElseThrow(() -> notFound(id));
        if (!e.enabled()) {
            throw ProblemException.conflict("The endpoint is switched off; enable it first");
        }
        DeliveryEntity d = outbox.test(id, Map.of("endpointId", id, "message", "A test message from Offerbridge"))
                .orElseThrow(() -> notFound(id));
        dispatcher.wake();
        return DeliveryLog.Summary.of(d);
    }

    private void requireAdmin() {
        context.require().requireRole(Role.ADMIN);
    }

    private static String describe(Endpoint e) {
        return "url=" + EndpointRules.origin(e.url()) + " events=" + String.join(",", e.events()) + " enabled=" + e.enabled();
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("Webhook endpoint " + id);
    }
}
