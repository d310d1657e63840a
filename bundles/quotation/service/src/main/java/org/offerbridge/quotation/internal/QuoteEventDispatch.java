package org.offerbridge.quotation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.jobs.DuePoller;
import org.offerbridge.platform.api.persistence.TenantRow;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.quotation.api.QuoteEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells the {@link QuoteEvents} whiteboard about committed transitions, at least once. {@link #record} stores each
 * event in the change's own transaction; {@link #publish} tells it after the commit and forgets it once every listener
 * took it. What is left (a listener threw, the process died in between) a background relay tells again, with the same
 * event id, after {@code retryDelayMillis} and then with growing pauses.
 */
@Component(service = QuoteEventDispatch.class, configurationPid = QuoteEventsConfig.PID)
@Designate(ocd = QuoteEventsConfig.class)
public class QuoteEventDispatch {
    private static final Logger LOG = LoggerFactory.getLogger(QuoteEventDispatch.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long HOUR = 3_600_000L;
    /** An event no listener is bound for is kept this long, in case one is still starting (e.g. after a restart). */
    static final long UNHEARD_KEEP_MILLIS = HOUR;
    /** After this, an event listeners keep failing on is dropped with an error. */
    static final long GIVE_UP_MILLIS = 72 * HOUR;
    private static final String DUE = "SELECT ID, TENANT_ID FROM OB_QUOTE_EVENT_OUTBOX WHERE NEXTATTEMPTAT <= ?1"
            + " AND CREATEDAT <= ?2 ORDER BY NEXTATTEMPTAT";

    private final List<QuoteEvents> listeners = new CopyOnWriteArrayList<>();
    private final TenantTransactions tx;
    private final DuePoller<TenantRow> relay;
    private volatile long retryDelay;

    /** One event to tell once the transaction committed; {@code id} names its stored row. */
    record Event(String id, String type, String quoteId, Map<String, Object> payload) {
    }

    @Activate
    public QuoteEventDispatch(QuoteEventsConfig config, @Reference(target = QuoteServiceImpl.UNIT) JpaTemplate jpa,
            @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
        this.relay = new DuePoller<>("offerbridge-quote-events", 1, this::due, TenantRow::rowId, this::retell,
                e -> LOG.warn("Looking for quote events still to tell failed: {}", e.toString()));
        modified(config);
    }

    @Modified
    void modified(QuoteEventsConfig config) {
        this.retryDelay = Math.max(0, config.retryDelayMillis());
        relay.every(Math.min(300_000, Math.max(100, config.pollIntervalMillis())));
    }

    @Deactivate
    void deactivate() {
        relay.stop(5_000);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindListener(QuoteEvents listener) {
        listeners.add(listener);
    }

    void unbindListener(QuoteEvents listener) {
        listeners.remove(listener);
    }

    /** Stores an event in the caller's tenant-bound transaction, to be told after it commits. */
    static Event record(EntityManager em, String type, String quoteId, Map<String, Object> payload) {
        EventOutboxEntity row = new EventOutboxEntity();
        row.id = UUID.randomUUID().toString();
        row.type = type;
        row.quoteId = quoteId;
        row.payload = write(payload);
        row.createdAt = System.currentTimeMillis();
        row.nextAttemptAt = row.createdAt;
        em.persist(row);
        return new Event(row.id, type, quoteId, payload);
    }

    /** Tells committed events now; those every listener took are forgotten, the rest wait for the relay. */
    void publish(String tenantId, List<Event> events) {
        List<String> told = new ArrayList<>();
        for (Event e : events) {
            if (tell(tenantId, e)) {
                told.add(e.id());
            }
        }
        if (told.isEmpty()) {
            return;
        }
        try {
            tx.callAs(tenantId, em -> {
                for (String id : told) {
                    EventOutboxEntity row = em.find(EventOutboxEntity.class, id);
                    if (row != null) {
                        em.remove(row);
                    }
                }
                return null;
            });
        } catch (RuntimeException ex) {
            // told already; the relay tells them again and listeners keep each event once
            LOG.warn("Could not clear {} told quote events: {}", told.size(), ex.toString());
        }
    }

    /** True when at least one listener is bound and none threw. */
    private boolean tell(String tenantId, Event e) {
        List<QuoteEvents> now = List.copyOf(listeners);
        boolean ok = !now.isEmpty();
        for (QuoteEvents l : now) {
            try {
                l.quoteEvent(e.id(), tenantId, e.type(), e.quoteId(), e.payload());
            } catch (RuntimeException ex) {
                ok = false;
                LOG.warn("A quote event listener failed on {} for quote {}; it will be told again", e.type(), e.quoteId(), ex);
            }
        }
        return ok;
    }

    /** Events still to tell, across tenants, as (tenant, event id) only; each is then told under its tenant. */
    private List<TenantRow> due(int limit) {
        long now = System.currentTimeMillis();
        return tx.scanAllTenants(DUE, limit, now, now - retryDelay);
    }

    private void retell(TenantRow due) {
        EventOutboxEntity row = tx.callAs(due.tenantId(), em -> em.find(EventOutboxEntity.class, due.rowId()));
        if (row == null) {
            return;
        }
        boolean unheard = listeners.isEmpty();
        boolean told = tell(due.tenantId(), new Event(row.id, row.type, row.quoteId, read(row.payload)));
        long now = System.currentTimeMillis();
        tx.callAs(due.tenantId(), em -> {
            EventOutboxEntity r = em.find(EventOutboxEntity.class, due.rowId());
            if (r == null) {
                return null;
            }
            if (told || (unheard && now - r.createdAt > UNHEARD_KEEP_MILLIS)) {
                em.remove(r);
            } else if (now - r.createdAt > GIVE_UP_MILLIS) {
                LOG.error("Quote event {} ({} for quote {}) was dropped: its listeners failed on it for {} hours", r.id, r.type,
                        r.quoteId, GIVE_UP_MILLIS / HOUR);
                em.remove(r);
            } else {
                r.attempts++;
                r.nextAttemptAt = now + pause(r.attempts, retryDelay);
            }
            return null;
        });
    }

    /** Doubles from the retry delay, at most an hour. */
    static long pause(int attempts, long retryDelay) {
        long base = Math.max(1_000, retryDelay);
        int doublings = Math.min(Math.max(0, attempts - 1), 20);
        return Math.min(HOUR, base << doublings);
    }

    private static String write(Map<String, Object> payload) {
        try {
            return JSON.writeValueAsString(payload == null ? Map.of() : payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A quote event's payload must be plain values", e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored quote event could not be read", e);
        }
    }
}
