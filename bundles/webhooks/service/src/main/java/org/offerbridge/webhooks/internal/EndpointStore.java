package org.offerbridge.webhooks.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.fields.Patch;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The bound tenant's endpoints. Every statement is scoped to the tenant by EclipseLink multitenancy; deletes
 * go entity by entity, since bulk JPQL may skip the tenant (EclipseLink #1333).
 */
@Component(service = EndpointStore.class)
public class EndpointStore {
    private final TenantTransactions tx;

    @Activate
    public EndpointStore(@Reference(target = "(osgi.unit.name=offerbridge-webhooks)") JpaTemplate jpa, @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
    }

    /** Creates an enabled endpoint; 409 when the workspace has {@link EndpointRules#MAX_ENDPOINTS} already. */
    public Endpoint create(NewEndpoint d, String secretSealed) {
        return tx.call(em -> {
            long count = em.createQuery("select count(e) from EndpointEntity e", Long.class).getSingleResult();
            if (count >= EndpointRules.MAX_ENDPOINTS) {
                throw ProblemException.conflict("A workspace has at most " + EndpointRules.MAX_ENDPOINTS + " webhook endpoints");
            }
            EndpointEntity e = new EndpointEntity();
            e.createdAt = System.currentTimeMillis();
            e.updatedAt = e.createdAt;
            e.id = Ids.next(e.createdAt);
            e.url = d.url();
            e.events = EndpointRules.joinEvents(d.events());
            e.description = d.description();
            e.enabled = d.enabled() == null || d.enabled();
            e.secretSealed = secretSealed;
            em.persist(e);
            return Endpoint.of(e);
        });
    }

    public Optional<Endpoint> find(String id) {
        return tx.call(em -> Optional.ofNullable(em.find(EndpointEntity.class, id)).map(Endpoint::of));
    }

    /** Oldest first, after {@code afterId} when given. */
    public List<Endpoint> list(String afterId, int limit) {
        return tx.call(em -> {
            TypedQuery<EndpointEntity> q = em.createQuery("select e from EndpointEntity e"
                    + (afterId == null ? "" : " where e.id > :after") + " order by e.id", EndpointEntity.class).setMaxResults(limit);
            if (afterId != null) {
                q.setParameter("after", afterId);
            }
            return q.getResultList().stream().map(Endpoint::of).toList();
        });
    }

    /** Applies the fields the change names; enabling again forgets why the system had switched it off. */
    public Optional<Endpoint> update(String id, EndpointPatch d) {
        return tx.call(em -> {
            EndpointEntity e = em.find(EndpointEntity.class, id);
            if (e == null) {
                return Optional.empty();
            }
            e.url = d.url().orElse(e.url);
            if (Patch.isPresent(d.events())) {
                e.events = EndpointRules.joinEvents(d.events().value());
            }
            e.description = d.description().orElse(e.description);
            if (Patch.isPresent(d.enabled())) {
                boolean enabled = d.enabled().value();
                if (enabled && !e.enabled) {
                    e.failedInARow = 0;
                    e.disabledReason = null;
                }
                e.enabled = enabled;
            }
            e.updatedAt = System.currentTimeMillis();
            return Optional.of(Endpoint.of(e));
        });
    }

    /** Replaces the sealed secret; false when the tenant has no such endpoint. */
    public boolean replaceSecret(String id, String secretSealed) {
        return tx.call(em -> {
            EndpointEntity e = em.find(EndpointEntity.class, id);
            if (e == null) {
                return false;
            }
            e.secretSealed = secretSealed;
            e.updatedAt = System.currentTimeMillis();
            return true;
        });
    }

    /** Deletes the endpoint with its deliveries and their attempts, all or nothing; false when there is none. */
    public boolean delete(String id) {
        return tx.call(em -> {
            EndpointEntity e = em.find(EndpointEntity.class, id);
            if (e == null) {
                return false;
            }
            List<DeliveryEntity> deliveries = em.createQuery("select d from DeliveryEntity d where d.endpointId = :e", DeliveryEntity.class)
                    .setParameter("e", id).getResultList();
            for (DeliveryEntity d : deliveries) {
                attemptsOf(em, d.id).forEach(em::remove);
                em.remove(d);
            }
            em.remove(e);
            return true;
        });
    }

    static List<AttemptEntity> attemptsOf(EntityManager em, String deliveryId) {
        return em.createQuery("select a from AttemptEntity a where a.deliveryId = :d order by a.id", AttemptEntity.class)
                .setParameter("d", deliveryId).getResultList();
    }
}
