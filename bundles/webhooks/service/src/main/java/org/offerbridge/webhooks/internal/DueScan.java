package org.offerbridge.webhooks.internal;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one query that is deliberately not tenant-scoped: which deliveries are due, across all tenants. It reads
 * only ids and tenant ids (native SQL, outside EclipseLink multitenancy); everything after it acts as each
 * row's tenant through {@code TenantTransactions.callAs}, which scopes and re-checks the row.
 */
@Component(service = DueScan.class)
public class DueScan {
    record Due(String deliveryId, String tenantId) {
    }

    private static final String SQL = "SELECT ID, TENANT_ID FROM OB_WEBHOOK_DELIVERY"
            + " WHERE STATUS = ?1 AND NEXT_ATTEMPT_AT <= ?2 AND CLAIMED_UNTIL < ?2 ORDER BY NEXT_ATTEMPT_AT";

    private final JpaTemplate jpa;

    @Activate
    public DueScan(@Reference(target = "(osgi.unit.name=offerbridge-webhooks)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** At most {@code limit} deliveries due at {@code now} and not claimed, oldest due first. */
    List<Due> due(long now, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, DeliveryEntity.PENDING).setParameter(2, now)
                    .setMaxResults(limit).getResultList();
            return rows.stream().map(r -> new Due((String) r[0], (String) r[1])).toList();
        });
    }
}
