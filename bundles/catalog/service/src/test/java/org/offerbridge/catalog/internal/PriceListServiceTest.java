package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PricingRule;
import org.offerbridge.catalog.internal.rest.PriceListsResource;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.testing.BoundCaller;

class PriceListServiceTest {
    private static final BigDecimal ABSURD = new BigDecimal("1e-999999999");
    private static final PriceList WHOLESALE = new PriceList("l-1", "Wholesale", null, new BigDecimal("5"), true);
    private final PriceListStore store = mock(PriceListStore.class);
    private final CatalogAudit audit = mock(CatalogAudit.class);

    private PriceListService service(Role role) {
        return new PriceListService(store, BoundCaller.withRole(role), audit);
    }

    private static ProblemException problem(int status, Executable work) {
        ProblemException e = assertThrows(ProblemException.class, work);
        assertEquals(status, e.status());
        return e;
    }

    @Test
    void theRestMethodsAllowOnlyAdminsToWrite() {
        for (String m : List.of("createList", "updateList", "deleteList", "addListRule", "deleteListRule", "addGlobalRule",
                "deleteGlobalRule")) {
            assertEquals(Role.ADMIN, CatalogServiceImplTest.restRole(PriceListsResource.class, m), m);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SALES", "VIEWER"})
    void salesAndViewersCannotChangePriceListsOrRules(Role role) {
        assertFalse(role.includes(CatalogServiceImplTest.restRole(PriceListsResource.class, "createList")));
        PriceListService lists = service(role);
        problem(403, () -> lists.create("Wholesale", null, null, null));
        problem(403, () -> lists.update("l-1", "Retail", null, null, null));
        problem(403, () -> lists.delete("l-1"));
        problem(403, () -> lists.addRule(null, null, BigDecimal.TEN, BigDecimal.ONE, null));
        problem(403, () -> lists.deleteRule(null, "r-1"));
        verifyNoInteractions(store, audit);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SALES", "VIEWER"})
    void everyRoleReadsPriceLists(Role role) {
        when(store.lists()).thenReturn(List.of(WHOLESALE));
        assertEquals(List.of(WHOLESALE), service(role).lists());
    }

    @Test
    void anAdminCreatesAListWithNoDiscountByDefault() {
        when(store.create(any(), any(), any(), anyBoolean())).thenReturn(WHOLESALE);
        service(Role.ADMIN).create(" Wholesale ", "", null, null);
        verify(store).create("Wholesale", null, BigDecimal.ZERO, true);
        verify(audit).record("price-list.created", "price-list:l-1", "Wholesale");
    }

    /** An exponent no one writes used to overflow into a 500; it is a 400 naming the field. */
    @Test
    void anAbsurdExponentIsA400NamingTheField() {
        PriceListService lists = service(Role.ADMIN);
        assertEquals("discountPercent", problem(400, () -> lists.create("Wholesale", null, ABSURD, null)).field());
        assertEquals("discountPercent", problem(400, () -> lists.update("l-1", null, null, ABSURD, null)).field());
        assertEquals("discountPercent", problem(400, () -> lists.addRule(null, null, BigDecimal.TEN, null, ABSURD)).field());
        assertEquals("minQuantity", problem(400, () -> lists.addRule(null, null, ABSURD, BigDecimal.ONE, null)).field());
        assertEquals("unitPrice", problem(400, () -> lists.addRule(null, null, BigDecimal.TEN, ABSURD, null)).field());
        verifyNoInteractions(store);
    }

    @Test
    void discountsAreBelowAHundredPercentWithFourDecimalsAtMost() {
        PriceListService lists = service(Role.ADMIN);
        assertEquals("field.range", problem(400, () -> lists.create("Free", null, new BigDecimal("100"), null)).messageKey());
        assertEquals("field.decimals", problem(400, () -> lists.create("Odd", null, new BigDecimal("1.23456"), null)).messageKey());
        assertEquals("field.tooLong", problem(400, () -> lists.create("Long", "d".repeat(501), null, null)).messageKey());
    }

    @Test
    void aRuleHasExactlyOneOfPriceAndDiscountAndAKnownSku() {
        PriceListService lists = service(Role.ADMIN);
        assertEquals("unitPrice", problem(400, () -> lists.addRule(null, null, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE)).field());
        assertEquals("unitPrice", problem(400, () -> lists.addRule(null, null, BigDecimal.TEN, null, null)).field());
        assertEquals("minQuantity", problem(400, () -> lists.addRule(null, null, BigDecimal.ZERO, BigDecimal.ONE, null)).field());
        when(store.addRule(any())).thenReturn(Optional.empty());
        assertEquals("sku", problem(400, () -> lists.addRule(null, "nope", BigDecimal.TEN, BigDecimal.ONE, null)).field());
        verify(store).addRule(new PricingRule(null, null, "NOPE", BigDecimal.TEN, BigDecimal.ONE, null));
    }

    @Test
    void aChangeLeavesWhatItDoesNotGiveAndAnEmptyDescriptionRemovesIt() {
        when(store.update(eq("l-1"), any())).thenReturn(Optional.of(WHOLESALE));
        service(Role.ADMIN).update("l-1", null, " ", null, null);
        @SuppressWarnings("unchecked")
        var captor = org.mockito.ArgumentCaptor.forClass(java.util.function.UnaryOperator.class);
        verify(store).update(eq("l-1"), captor.capture());
        PriceList described = new PriceList("l-1", "Wholesale", "For resellers", new BigDecimal("5"), true);
        assertEquals(WHOLESALE, captor.getValue().apply(described));
        verify(audit).record("price-list.updated", "price-list:l-1", "Wholesale");
    }
}
