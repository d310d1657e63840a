package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.internal.demo.CatalogDemoContent;
import org.offerbridge.catalog.internal.demo.DemoCatalog;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.testing.BoundCaller;

class CatalogDemoContentTest {
    private static final Product ANY = new Product("p-1", "X", "X", null, "pcs", BigDecimal.ONE, "INR", null, null, List.of(), true,
            Instant.EPOCH, Instant.EPOCH);
    private final ProductStore store = mock(ProductStore.class);

    private CatalogDemoContent seeder() {
        return new CatalogDemoContent(new CatalogServiceImpl(store, BoundCaller.withRole(Role.OWNER), mock(CatalogAudit.class),
                mock(CatalogEvents.class)));
    }

    @Test
    void aFewDozenProductsWithUniqueSkusAndAliasesInTwoMoreLanguages() {
        assertTrue(DemoCatalog.ITEMS.size() >= 24, "a few dozen: " + DemoCatalog.ITEMS.size());
        Set<String> skus = new HashSet<>();
        DemoCatalog.ITEMS.forEach(i -> assertTrue(skus.add(i.sku().toLowerCase(Locale.ROOT)), "unique SKU " + i.sku()));
        for (DemoCatalog.Item item : DemoCatalog.ITEMS) {
            assertTrue(item.aliases().stream().anyMatch(a -> a.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c)
                    == Character.UnicodeBlock.DEVANAGARI)), item.sku() + " has a Hindi alias");
            assertTrue(item.aliases().size() >= 2, item.sku() + " has an English or German alias besides");
        }
    }

    /** Through the real service: every product passes the catalog's rules (SKU, unit, price, tax, aliases). */
    @Test
    void everyProductPassesTheCatalogsRulesAndIsCreatedOnce() {
        when(store.findBySku(anyString())).thenReturn(Optional.empty());
        when(store.mostUsedCurrency()).thenReturn(Optional.empty());
        when(store.create(any())).thenReturn(ANY);

        seeder().seed("t-demo");

        ArgumentCaptor<ProductValues> created = ArgumentCaptor.forClass(ProductValues.class);
        verify(store, times(DemoCatalog.ITEMS.size())).create(created.capture());
        assertEquals(DemoCatalog.ITEMS.size(), created.getAllValues().size());
        assertTrue(created.getAllValues().stream().allMatch(v -> v.price().signum() > 0), "priced");
    }

    @Test
    void seedingAgainLeavesExistingSkusAlone() {
        when(store.findBySku(anyString())).thenReturn(Optional.of(ANY));
        when(store.mostUsedCurrency()).thenReturn(Optional.empty());

        seeder().seed("t-demo");

        verify(store, never()).create(any());
    }
}
