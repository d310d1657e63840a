package org.offerbridge.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.platform.api.NoTenantBoundException;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;

class CatalogIndexCacheTest {
    private final ThreadLocal<TenantPrincipal> bound = new ThreadLocal<>();
    private final Map<String, List<Product>> catalogs = new HashMap<>();
    private final Map<String, Long> revisions = new HashMap<>();
    private final AtomicInteger searches = new AtomicInteger();

    private final RequestContext context = new RequestContext() {
        @Override
        public Optional<TenantPrincipal> current() {
            return Optional.ofNullable(bound.get());
        }

        @Override
        public String requestId() {
            return null;
        }

        @Override
        public <T> T runAs(TenantPrincipal principal, Supplier<T> work) {
            TenantPrincipal previous = bound.get();
            bound.set(principal);
            try {
                return work.get();
            } finally {
                bound.set(previous);
            }
        }
    };

    /** A catalog service that answers for the bound tenant only, as the real one does. */
    private final CatalogService catalog = (CatalogService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {CatalogService.class}, (proxy, method, args) -> {
                String tenant = context.require().tenantId();
                return switch (method.getName()) {
                    case "revision" -> revisions.getOrDefault(tenant, 0L);
                    case "search" -> {
                        searches.incrementAndGet();
                        yield args[2] == null ? catalogs.getOrDefault(tenant, List.of()) : List.of();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            });

    private static TenantPrincipal tenant(String id) {
        return new TenantPrincipal(id, "u-" + id, null, Role.SALES, "business");
    }

    private static Product product(String sku, String name) {
        return new Product(sku, sku, name, null, "pcs", BigDecimal.ONE, "EUR", null, null, List.of(), true, Instant.EPOCH,
                Instant.EPOCH);
    }

    @Test
    void eachTenantGetsAnIndexOfItsOwnCatalog() {
        catalogs.put("a", List.of(product("A-1", "hex bolt")));
        catalogs.put("b", List.of(product("B-1", "washer"), product("B-2", "nut")));
        CatalogIndexCache cache = new CatalogIndexCache(catalog, context);
        var a = context.runAs(tenant("a"), cache::current);
        var b = context.runAs(tenant("b"), cache::current);
        assertEquals(List.of("A-1"), List.copyOf(a.bySku().keySet()));
        assertEquals(List.of("B-1", "B-2"), List.copyOf(b.bySku().keySet()));
        assertEquals(2, b.index().size());
    }

    @Test
    void noTenantNoIndex() {
        CatalogIndexCache cache = new CatalogIndexCache(catalog, context);
        assertThrows(NoTenantBoundException.class, cache::current);
    }

    @Test
    void theIndexIsReusedUntilTheRevisionMoves() throws InterruptedException {
        catalogs.put("a", List.of(product("A-1", "hex bolt")));
        CatalogIndexCache cache = new CatalogIndexCache(catalog, context);
        var first = context.runAs(tenant("a"), cache::current);
        assertSame(first, context.runAs(tenant("a"), cache::current));
        Thread.sleep(CatalogIndexCache.RECHECK_MILLIS + 50);
        assertSame(first, context.runAs(tenant("a"), cache::current), "same revision: no rebuild");
        assertEquals(1, searches.get());

        catalogs.put("a", List.of(product("A-1", "hex bolt"), product("A-2", "hex nut")));
        revisions.put("a", 1L);
        Thread.sleep(CatalogIndexCache.RECHECK_MILLIS + 50);
        var second = context.runAs(tenant("a"), cache::current);
        assertNotSame(first, second);
        assertEquals(2, second.bySku().size());
    }

    @Test
    void aCatalogChangeRebuildsTheIndexBeforeTheNextParse() throws InterruptedException {
        catalogs.put("a", List.of(product("A-1", "hex bolt")));
        CatalogIndexCache cache = new CatalogIndexCache(catalog, context);
        cache.catalogChanged(tenant("a"), 0);
        long deadline = System.currentTimeMillis() + 5000;
        while (searches.get() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, searches.get(), "built on the listener's thread");
        Thread.sleep(300); // the built index is stored right after the build
        assertTrue(context.runAs(tenant("a"), cache::current).bySku().containsKey("A-1"));
        assertEquals(1, searches.get(), "the parse found it ready");
        cache.stop();
    }

    @Test
    void parsesArrivingTogetherBuildTheIndexOnce() throws Exception {
        catalogs.put("t1", List.of(product("A-1", "Hex bolt M8")));
        revisions.put("t1", 1L);
        CatalogIndexCache cache = new CatalogIndexCache(catalog, context);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<CatalogIndexCache.Snapshot>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(pool.submit(() -> {
                go.await();
                return context.runAs(tenant("t1"), cache::current);
            }));
        }
        go.countDown();
        CatalogIndexCache.Snapshot first = all.get(0).get();
        for (var f : all) {
            assertSame(first, f.get(), "every caller gets the one snapshot built");
        }
        pool.shutdown();
        assertEquals(1, searches.get(), "the catalog was read once");
    }
}
