package org.offerbridge.platform.internal.persistence;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stores the first response to each (scope, Idempotency-Key). A record is claimed as pending before the
 * request runs, so two concurrent retries cannot both execute.
 * <p>
 * A raw {@link JpaTemplate} on purpose, not {@code TenantTransactions}: a record's id already hashes in the caller's
 * tenant (or, for an anonymous call, the whole request), and this class is the one place that reads and writes it.
 */
@Component(service = IdempotencyStore.class)
public class IdempotencyStore {
    /** Keys are kept a day; a retry after that is treated as a new request. */
    public static final long RETENTION_MS = 24L * 3600 * 1000;

    public sealed interface Claim permits Claimed, Replay, InProgress, Mismatch {
    }

    /** The caller runs the request and must {@link #complete} or {@link #release} the claim. */
    public record Claimed(String id) implements Claim {
    }

    public record Replay(int status, String contentType, String body) implements Claim {
    }

    public record InProgress() implements Claim {
    }

    /** The key was used before with a different request body. */
    public record Mismatch() implements Claim {
    }

    private final JpaTemplate jpa;

    @Activate
    public IdempotencyStore(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public Claim claim(String id, String requestHash) {
        long now = System.currentTimeMillis();
        Claim existing = jpa.txExpr(TransactionType.Required, em -> {
            IdempotencyEntity e = em.find(IdempotencyEntity.class, id);
            if (e != null && now - e.createdAt > RETENTION_MS) {
                em.remove(e);
                em.flush();
                e = null;
            }
            if (e == null) {
                return null;
            }
            if (!e.requestHash.equals(requestHash)) {
                return new Mismatch();
            }
            return e.pending ? new InProgress() : new Replay(e.responseStatus, e.contentType, e.responseBody);
        });
        if (existing != null) {
            return existing;
        }
        try {
            jpa.tx(TransactionType.RequiresNew, em -> {
                IdempotencyEntity e = new IdempotencyEntity();
                e.id = id;
                e.requestHash = requestHash;
                e.pending = true;
                e.createdAt = now;
                em.persist(e);
            });
            return new Claimed(id);
        } catch (PersistenceException | IllegalStateException e) {
            // Another request inserted the same key between our check and insert.
            return new InProgress();
        }
    }

    public void complete(String id, int status, String contentType, String body) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            IdempotencyEntity e = em.find(IdempotencyEntity.class, id);
            if (e != null) {
                e.pending = false;
                e.responseStatus = status;
                e.contentType = contentType;
                e.responseBody = body;
            }
        });
    }

    /** Forgets a claim whose request failed on the server side, so the client may retry. */
    public void release(String id) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            IdempotencyEntity e = em.find(IdempotencyEntity.class, id);
            if (e != null) {
                em.remove(e);
            }
        });
    }
}
