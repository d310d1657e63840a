package org.offerbridge.parser.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.parser.engine.CatalogIndex;
import org.offerbridge.parser.engine.CatalogItem;
import org.offerbridge.platform.api.RequestContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The parser's index of each tenant's active products, rebuilt when the catalog's revision moves. Keyed by
 * tenant, so a parse only ever sees the catalog of the tenant bound to the request.
 */
@Component(service = CatalogIndexCache.class)
public class CatalogIndexCache {
    private static final int MAX_TENANTS = 200;
    private static final int PAGE = 1000;

    /** The index and the products behind it, of one catalog revision. */
    public record Snapshot(long revision, CatalogIndex index, Map<String, Product> bySku) {
    }

    private final CatalogService catalog;
    private final RequestContext context;
    private final Map<String, Snapshot> byTenant = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > MAX_TENANTS;
        }
    };

    @Activate
    public CatalogIndexCache(@Reference CatalogService catalog, @Reference RequestContext context) {
        this.catalog = catalog;
        this.context = context;
    }

    /** The snapshot for the bound tenant's current catalog. */
    public Snapshot current() {
        String tenant = context.require().tenantId();
        long revision = catalog.revision();
        synchronized (byTenant) {
            Snapshot s = byTenant.get(tenant);
            if (s != null && s.revision() == revision) {
                return s;
            }
        }
        Snapshot fresh = build(revision);
        synchronized (byTenant) {
            byTenant.put(tenant, fresh);
        }
        return fresh;
    }

    private Snapshot build(long revision) {
        Map<String, Product> bySku = new LinkedHashMap<>();
        List<CatalogItem> items = new ArrayList<>();
        String after = null;
        while (true) {
            List<Product> page = catalog.search(null, Boolean.TRUE, after, PAGE);
            for (Product p : page) {
                bySku.put(p.sku(), p);
                items.add(new CatalogItem(p.sku(), p.name(), p.aliases(), p.unit()));
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).sku();
        }
        return new Snapshot(revision, CatalogIndex.build(items), bySku);
    }
}
