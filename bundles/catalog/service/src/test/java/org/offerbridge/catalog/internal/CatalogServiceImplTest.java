package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.offerbridge.platform.testing.Refusals.assertForbidden;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javax.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerbridge.catalog.api.ImportProgress;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.catalog.internal.rest.CatalogFilesResource;
import org.offerbridge.catalog.internal.rest.ProductsResource;
import org.offerbridge.platform.testing.BoundCaller;

class CatalogServiceImplTest {
    private static final Product BOLT = new Product("p-1", "BOLT", "Bolt", null, "pcs", new BigDecimal("4.5"), "EUR", null, null,
            List.of(), true, Instant.EPOCH, Instant.EPOCH);
    private final ProductStore store = mock(ProductStore.class);
    private final CatalogAudit audit = mock(CatalogAudit.class);
    private final CatalogEvents events = mock(CatalogEvents.class);

    private CatalogServiceImpl service(Role role) {
        return new CatalogServiceImpl(store, BoundCaller.withRole(role), audit, events);
    }

    private static ProductDraft bolt() {
        return ProductDraft.of("BOLT", "Bolt", "pcs", new BigDecimal("4.50"), "eur");
    }

    /** The role the REST method allows with {@code @RolesAllowed}. */
    static Role restRole(Class<?> resource, String method) {
        for (Method m : resource.getMethods()) {
            if (m.getName().equals(method)) {
                return Role.of(m.getAnnotation(RolesAllowed.class).value()[0]);
            }
        }
        throw new AssertionError(method);
    }

    @Test
    void theRestMethodsAllowOnlyAdminsToWrite() {
        for (String m : List.of("create", "update", "delete")) {
            assertEquals(Role.ADMIN, restRole(ProductsResource.class, m), m);
        }
        assertEquals(Role.ADMIN, restRole(CatalogFilesResource.class, "importCsv"));
    }

    /** Where the REST resource refuses a sales or viewer key, the service refuses it too: a view cannot skip the rule. */
    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SALES", "VIEWER"})
    void salesAndViewersCannotChangeOrImportTheCatalog(Role role) {
        assertFalse(role.includes(restRole(ProductsResource.class, "create")));
        CatalogServiceImpl catalog = service(role);
        assertForbidden(() -> catalog.create(bolt()));
        assertForbidden(() -> catalog.update("p-1", bolt()));
        assertForbidden(() -> catalog.delete("p-1"));
        assertForbidden(() -> catalog.importCsv(new ByteArrayInputStream(new byte[0]), false, ImportProgress.NONE));
        verifyNoInteractions(store, audit, events);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SALES", "VIEWER"})
    void everyRoleReadsTheCatalog(Role role) throws Exception {
        when(store.findBySku("BOLT")).thenReturn(Optional.of(BOLT));
        when(store.search(any(), anyInt())).thenReturn(List.of(BOLT));
        CatalogServiceImpl catalog = service(role);
        assertEquals(BOLT, catalog.bySku(" BOLT ").orElseThrow());
        assertEquals(List.of(BOLT), catalog.search("bolt", null, null, 10));
        catalog.exportCsv(new ByteArrayOutputStream());
        verify(store).forEachInSkuOrder(any());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "ADMIN"})
    void adminsChangeTheCatalogWithCheckedValues(Role role) {
        when(store.create(any())).thenReturn(BOLT);
        assertEquals(BOLT, service(role).create(bolt()));
        verify(store).create(new ProductValues("BOLT", "Bolt", null, "pcs", new BigDecimal("4.5"), "EUR", null, null, List.of(), true, List.of()));
        verify(audit).record("product.created", "product:BOLT", null);
        verify(events).changed(any(), any());
    }

    @Test
    void anAdminImports() throws Exception {
        when(store.importing(any())).thenReturn(null);
        var result = service(Role.ADMIN).importCsv(new ByteArrayInputStream("sku,name,unit,price\n".getBytes(StandardCharsets.UTF_8)),
                true, ImportProgress.NONE);
        assertTrue(result.dryRun());
    }

    @Test
    void badValuesAreRefusedBeforeTheStoreIsAsked() {
        ProblemException e = assertThrows(ProblemException.class, () -> service(Role.ADMIN).create(
                ProductDraft.of("BOLT", "Bolt", "furlong", BigDecimal.ONE, "EUR")));
        assertEquals(400, e.status());
        assertEquals("unit", e.field());
        verify(store, never()).create(any());
    }

    @Test
    void aChangeKeepsWhatItDoesNotNameAndClearsWhatItSaysToClear() {
        when(store.update(eq("p-1"), any())).thenReturn(Optional.of(BOLT));
        ProductDraft change = new ProductDraft(null, null, null, null, new BigDecimal("4.25"), null, null, null, null, null,
                true, false);
        service(Role.ADMIN).update("p-1", change);
        @SuppressWarnings("unchecked")
        var captor = org.mockito.ArgumentCaptor.forClass(UnaryOperator.class);
        verify(store).update(eq("p-1"), captor.capture());
        ProductValues stored = new ProductValues("BOLT", "Bolt", "Zinc", "pcs", new BigDecimal("4.5"), "EUR", new BigDecimal("18"),
                new BigDecimal("7"), List.of("bolt m8"), true, List.of(COLOUR));
        assertEquals(new ProductValues("BOLT", "Bolt", "Zinc", "pcs", new BigDecimal("4.25"), "EUR", new BigDecimal("18"), null,
                List.of("bolt m8"), true, List.of(COLOUR)), captor.getValue().apply(stored), "options not named stay");
    }

    private static final ProductOption COLOUR = new ProductOption("Colour", List.of(new ProductOption.Value("Red", null),
            new ProductOption.Value("Blue", new BigDecimal("2.5"))));

    private UnaryOperator<ProductValues> change(ProductDraft draft) {
        when(store.update(eq("p-1"), any())).thenReturn(Optional.of(BOLT));
        service(Role.ADMIN).update("p-1", draft);
        @SuppressWarnings("unchecked")
        var captor = org.mockito.ArgumentCaptor.forClass(UnaryOperator.class);
        verify(store).update(eq("p-1"), captor.capture());
        @SuppressWarnings("unchecked")
        UnaryOperator<ProductValues> change = captor.getValue();
        return change;
    }

    @Test
    void optionsGivenReplaceTheStoredOnesCheckedAndAnEmptyListRemovesThem() {
        ProductValues stored = new ProductValues("BOLT", "Bolt", null, "pcs", BigDecimal.ONE, "EUR", null, null, List.of(), true,
                List.of(COLOUR));
        ProductOption size = new ProductOption(" Size ", List.of(new ProductOption.Value(" L ", new BigDecimal("-1.00"))));
        ProductDraft replace = new ProductDraft(null, null, null, null, null, null, null, null, null, null, false, false, List.of(size));
        assertEquals(List.of(new ProductOption("Size", List.of(new ProductOption.Value("L", new BigDecimal("-1"))))),
                change(replace).apply(stored).options(), "trimmed, trailing zeros dropped");
    }

    @Test
    void anEmptyOptionsListRemovesThem() {
        ProductValues stored = new ProductValues("BOLT", "Bolt", null, "pcs", BigDecimal.ONE, "EUR", null, null, List.of(), true,
                List.of(COLOUR));
        ProductDraft remove = new ProductDraft(null, null, null, null, null, null, null, null, null, null, false, false, List.of());
        assertEquals(List.of(), change(remove).apply(stored).options());
    }

    @Test
    void badOptionsAreRefusedNamingTheFieldBeforeTheStoreIsAsked() {
        ProductDraft draft = new ProductDraft("BOLT", "Bolt", null, "pcs", BigDecimal.ONE, "EUR", null, null, null, null, false, false,
                List.of(COLOUR, new ProductOption("Size", List.of(new ProductOption.Value("S", null), new ProductOption.Value(" ", null)))));
        ProblemException e = assertThrows(ProblemException.class, () -> service(Role.ADMIN).create(draft));
        assertEquals("options[1].values[1].value", e.field());
        assertThrows(ProblemException.class, () -> service(Role.ADMIN).update("p-1", draft));
        verify(store, never()).create(any());
        verify(store, never()).update(any(), any());
    }
}
