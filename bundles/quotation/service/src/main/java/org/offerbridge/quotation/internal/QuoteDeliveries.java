package org.offerbridge.quotation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantRow;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.offerbridge.quotation.api.Delivery;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuoteStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox of sent quotes: rows are queued in the send's own transaction (so a quote is never "sent" without its
 * copies, nor the other way round), claimed one attempt at a time, and their outcome recorded together with the
 * quote's timeline. No transaction is open while a channel talks to its server.
 */
@Component(service = QuoteDeliveries.class)
public class QuoteDeliveries {
    private static final Logger LOG = LoggerFactory.getLogger(QuoteDeliveries.class);
    /** Longer than one attempt may take (SMTP timeouts are 30 s); a node that dies mid-attempt frees the row then. */
    static final long CLAIM_MILLIS = 120_000;
    private static final String DUE = "SELECT ID, TENANT_ID FROM OB_QUOTE_DELIVERY WHERE STATUS = ?1 AND NEXTATTEMPTAT <= ?2"
            + " AND CLAIMEDUNTIL < ?2 ORDER BY NEXTATTEMPTAT";

    /** What one attempt needs; the URL is still sealed. */
    record Claim(String tenantId, String deliveryId, String quoteId, String channel, String address, String recipientName, String locale,
            String note, String urlSealed, int attempts) {
    }

    /** An attempt's result: {@code error} null when it went out. */
    record Outcome(String error, boolean permanent) {
        static final Outcome SENT = new Outcome(null, false);
    }

    private final TenantTransactions tx;
    private final SecretCipher cipher;

    @Activate
    public QuoteDeliveries(@Reference(target = QuoteServiceImpl.UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference SecretCipher cipher) {
        this.tx = new TenantTransactions(jpa, context);
        this.cipher = cipher;
    }

    /** Queues a copy for one link, in the caller's (tenant-bound) transaction; due at once. */
    Delivery queue(EntityManager em, String quoteId, PublicLink link, String channel, String address, String locale, String note) {
        DeliveryEntity d = new DeliveryEntity();
        d.id = UUID.randomUUID().toString();
        d.quoteId = quoteId;
        d.linkId = link.id();
        d.channel = channel;
        d.address = address;
        d.recipientName = link.recipientName();
        d.locale = locale;
        d.note = note;
        d.urlSealed = cipher.encrypt(link.url());
        d.status = Delivery.QUEUED;
        d.createdAt = System.currentTimeMillis();
        d.nextAttemptAt = d.createdAt;
        em.persist(d);
        return view(d);
    }

    /** The quote's deliveries in the bound tenant, oldest first. */
    List<Delivery> of(String quoteId) {
        return tx.call(em -> em.createQuery("select d from DeliveryEntity d where d.quoteId = :q order by d.createdAt, d.id",
                DeliveryEntity.class).setParameter("q", quoteId).getResultList().stream().map(QuoteDeliveries::view).toList());
    }

    /** Puts a failed delivery of the bound tenant back in the queue with a fresh schedule. */
    Delivery retry(String quoteId, String deliveryId, String actor, Origin origin) {
        return tx.call(em -> {
            DeliveryEntity d = deliveryId == null || deliveryId.length() > 36 ? null : em.find(DeliveryEntity.class, deliveryId);
            if (d == null || !d.quoteId.equals(quoteId)) {
                throw ProblemException.notFound("Delivery " + deliveryId);
            }
            if (!Delivery.FAILED.equals(d.status) || d.urlSealed == null) {
                throw ProblemException.conflict("Only a failed delivery is tried again; this one is " + d.status);
            }
            String stale = staleReason(em, d);
            if (stale != null) {
                throw ProblemException.conflict("Not sent again: " + stale);
            }
            QuoteEntity q = em.find(QuoteEntity.class, d.quoteId);
            QuoteStatus s = QuoteStatus.of(q.status);
            d.status = Delivery.QUEUED;
            d.attempts = 0;
            d.nextAttemptAt = System.currentTimeMillis();
            d.claimedUntil = 0;
            Timeline.append(em, q.id, "quote.delivery_retried", s, s, actor, origin, d.channel + " to " + d.address);
            return view(d);
        });
    }

    /** Due deliveries across tenants, as (tenant, delivery id) only; each is then claimed under its tenant. */
    List<TenantRow> due(long now, int limit) {
        return tx.scanAllTenants(DUE, limit, Delivery.QUEUED, now);
    }

    /**
     * Claims a due delivery for one attempt, as its tenant. Empty when it is no longer due or another node won the
     * race. A copy whose link was revoked, or whose quote moved on (revised, decided, expired), fails without an
     * attempt: the customer must not get a link that no longer works.
     */
    Optional<Claim> claim(String tenantId, String deliveryId, long now) {
        try {
            return tx.callAs(tenantId, em -> {
                DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
                if (d == null || !Delivery.QUEUED.equals(d.status) || d.nextAttemptAt > now || d.claimedUntil >= now) {
                    return Optional.<Claim>empty();
                }
                String stale = staleReason(em, d);
                if (stale != null) {
                    fail(em, d, "not sent: " + stale);
                    return Optional.<Claim>empty();
                }
                d.claimedUntil = now + CLAIM_MILLIS;
                em.flush(); // the version check happens here, before anything is sent
                return Optional.of(new Claim(tenantId, d.id, d.quoteId, d.channel, d.address, d.recipientName, d.locale, d.note,
                        d.urlSealed, d.attempts));
            });
        } catch (RuntimeException e) {
            LOG.debug("Delivery {} was claimed elsewhere: {}", deliveryId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Records an attempt and its consequence (sent, retried later, or given up), with the quote's timeline. */
    void record(Claim c, Outcome outcome, DeliveryBackoff backoff) {
        tx.callAs(c.tenantId(), em -> {
            DeliveryEntity d = em.find(DeliveryEntity.class, c.deliveryId());
            if (d == null || !Delivery.QUEUED.equals(d.status)) {
                return null;
            }
            long now = System.currentTimeMillis();
            d.attempts++;
            d.claimedUntil = 0;
            if (outcome.error() == null) {
                d.status = Delivery.SENT;
                d.sentAt = now;
                d.urlSealed = null; // the token now lives only in the customer's inbox
                d.lastError = null;
                QuoteStatus s = status(em, d);
                Timeline.append(em, d.quoteId, "quote.delivered", s, s, "system", Origin.SYSTEM, d.channel + " to " + d.address);
                return null;
            }
            d.lastError = cut(outcome.error(), 500);
            long delay = outcome.permanent() ? -1 : backoff.delayAfter(d.attempts);
            if (delay < 0) {
                fail(em, d, d.lastError);
            } else {
                d.nextAttemptAt = now + delay;
            }
            return null;
        });
    }

    /**
     * The claimed delivery's quote as a document, read as its tenant: the seller as the quote was sent, in the
     * delivery's language. Empty when the quote vanished.
     */
    Optional<QuoteDocumentData> document(Claim c) {
        return Optional.ofNullable(tx.callAs(c.tenantId(), em -> {
            QuoteEntity q = em.find(QuoteEntity.class, c.quoteId());
            if (q == null) {
                return null;
            }
            return QuoteDocuments.of(QuoteRecords.quote(q, QuoteRecords.lines(em, q.id)), QuoteDocuments.sellerAsSent(q), c.locale(),
                    QuoteTemplates.of(em, c.tenantId()));
        }));
    }

    String unseal(String sealed) {
        return cipher.decrypt(sealed);
    }

    private static String staleReason(EntityManager em, DeliveryEntity d) {
        PublicLinkEntity l = em.find(PublicLinkEntity.class, d.linkId);
        if (l == null || l.revokedAt != null) {
            return "the link was revoked";
        }
        QuoteEntity q = em.find(QuoteEntity.class, d.quoteId);
        if (q == null) {
            return "the quote is gone";
        }
        if (Transitions.overdue(q)) {
            return "the quote has expired";
        }
        QuoteStatus s = QuoteStatus.of(q.status);
        return s == QuoteStatus.SENT || s == QuoteStatus.VIEWED ? null : "the quote is now " + s.id();
    }

    private static void fail(EntityManager em, DeliveryEntity d, String why) {
        d.status = Delivery.FAILED;
        d.lastError = cut(why, 500);
        d.nextAttemptAt = 0;
        QuoteStatus s = status(em, d);
        Timeline.append(em, d.quoteId, "quote.delivery_failed", s, s, "system", Origin.SYSTEM,
                d.channel + " to " + d.address + ": " + d.lastError);
    }

    private static QuoteStatus status(EntityManager em, DeliveryEntity d) {
        QuoteEntity q = em.find(QuoteEntity.class, d.quoteId);
        return q == null ? null : QuoteStatus.of(q.status);
    }

    static Delivery view(DeliveryEntity d) {
        return new Delivery(d.id, d.quoteId, d.linkId, d.channel, d.address, d.recipientName, d.status, d.attempts, d.lastError,
                Instant.ofEpochMilli(d.createdAt), Delivery.QUEUED.equals(d.status) ? Instant.ofEpochMilli(d.nextAttemptAt) : null,
                d.sentAt == null ? null : Instant.ofEpochMilli(d.sentAt));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
