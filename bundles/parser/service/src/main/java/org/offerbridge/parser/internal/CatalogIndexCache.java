package org.offerbridge.parser.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.offerbridge.catalog.api.CatalogListener;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.parser.engine.CatalogIndex;
import org.offerbridge.parser.engine.CatalogItem;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parser's index of each tenant's active products, rebuilt when the catalog's revision moves. Keyed by
 * tenant, so a parse only ever sees the catalog of the tenant bound to the request.
 */
@Component(service = {CatalogIndexCache.class, CatalogListener.class})
public class CatalogIndexCache implements CatalogListener {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogIndexCache.class);
    private static final int MAX_TENANTS = 200;
    private static final int PAGE = 1000;

    /** The index and the products behind it, of one catalog revision. */
    public record Snapshot(long revision, CatalogIndex index, Map<String, Product> bySku) {
    }

    /** A snapshot and when its revision was last confirmed. */
    private record Entry(Snapshot snapshot, long checkedAt) {
    }

    /**
     * How long a confirmed snapshot is trusted without asking the database again: a catalog change reaches the
     * parser within this time, and a burst of parses costs one revision query, not one each.
     */
    static final long RECHECK_MILLIS = 500;

    private final CatalogService catalog;
    private final RequestContext context;
    private final Map<String, Entry> byTenant = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_TENANTS;
        }
    };

    /** Rebuilds indexes after catalog changes, one at a time, so the next parse finds them ready. */
    private final Map<String, CompletableFuture<Snapshot>> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "offerbridge-parser-index");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public CatalogIndexCache(@Reference CatalogService catalog, @Reference RequestContext context) {
        this.catalog = catalog;
        this.context = context;
    }

    @Deactivate
    void stop() {
        rebuilder.shutdownNow();
    }

    @Override
    public void catalogChanged(TenantPrincipal by, long revision) {
        // The next parse checks the revision again instead of trusting its recent check: a request parsed right after
        // a catalog change (the demo seeding does that) must not read the index of the catalog before it.
        synchronized (byTenant) {
            Entry cached = byTenant.get(by.tenantId());
            if (cached != null) {
                byTenant.put(by.tenantId(), new Entry(cached.snapshot(), 0));
            }
        }
        rebuilder.execute(() -> {
            try {
                context.runAs(by, this::current);
            } catch (RuntimeException e) {
                LOG.warn("Could not rebuild the parser index of a catalog; the next parse will", e);
            }
        });
    }

    /** The snapshot for the bound tenant's current catalog. */
    public Snapshot current() {
        String tenant = context.require().tenantId();
        long now = System.currentTimeMillis();
        Entry cached;
        synchronized (byTenant) {
            cached = byTenant.get(tenant);
        }
        if (cached != null && now - cached.checkedAt() < RECHECK_MILLIS) {
            return cached.snapshot();
        }
        long revision = catalog.revision();
        if (cached == null || cached.snapshot().revision() != revision) {
            return buildOnce(tenant, revision); // stores what it built
        }
        synchronized (byTenant) {
            byTenant.put(tenant, new Entry(cached.snapshot(), now));
        }
        return cached.snapshot();
    }

    /**
     * Builds the index of one tenant's revision once: a parse that arrives while the rebuild after a catalog change
     * is under way waits for it instead of building the same index a second time.
     */
    private Snapshot buildOnce(String tenant, long revision) {
        String key = tenant + "@" + revision;
        CompletableFuture<Snapshot> mine = new CompletableFuture<>();
        CompletableFuture<Snapshot> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Entry done;
            synchronized (byTenant) {
                done = byTenant.get(tenant);
            }
            // a build that finished between this caller's cache look-up and now is used as it is
            Snapshot built = done != null && done.snapshot().revision() == revision ? done.snapshot() : build(revision);
            synchronized (byTenant) {
                byTenant.put(tenant, new Entry(built, System.currentTimeMillis()));
            }
            mine.complete(built);
            return built;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
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
