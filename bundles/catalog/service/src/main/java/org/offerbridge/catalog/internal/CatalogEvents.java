package org.offerbridge.catalog.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

import org.offerbridge.catalog.api.CatalogListener;
import org.offerbridge.platform.api.TenantPrincipal;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the {@link CatalogListener}s after a change to a tenant's catalog committed. */
@Component(service = CatalogEvents.class)
public class CatalogEvents {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogEvents.class);
    /** Held as service objects, fetched only when there is news: a listener that itself needs the catalog
     *  (the parser's index) would otherwise make a service cycle while both start. */
    private final List<ComponentServiceObjects<CatalogListener>> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindListener(ComponentServiceObjects<CatalogListener> listener) {
        listeners.add(listener);
    }

    void unbindListener(ComponentServiceObjects<CatalogListener> listener) {
        listeners.remove(listener);
    }

    /** {@code by} changed the catalog; the new revision is read only when someone listens. A failing listener never undoes the change. */
    void changed(TenantPrincipal by, LongSupplier revision) {
        if (listeners.isEmpty()) {
            return;
        }
        long r = revision.getAsLong();
        for (ComponentServiceObjects<CatalogListener> objects : listeners) {
            CatalogListener l = null;
            try {
                l = objects.getService();
                if (l != null) {
                    l.catalogChanged(by, r);
                }
            } catch (RuntimeException e) {
                LOG.warn("A catalog listener failed", e);
            } finally {
                if (l != null) {
                    objects.ungetService(l);
                }
            }
        }
    }
}
