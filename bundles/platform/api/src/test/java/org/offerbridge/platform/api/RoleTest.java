package org.offerbridge.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @Test
    void everyRoleIncludesItself() {
        for (Role r : Role.values()) {
            assertTrue(r.includes(r), r.name());
        }
    }

    @Test
    void ownerIncludesEveryRole() {
        for (Role r : Role.values()) {
            assertTrue(Role.OWNER.includes(r), r.name());
        }
    }

    @Test
    void hierarchyIsOwnerAdminSalesViewer() {
        assertTrue(Role.ADMIN.includes(Role.SALES));
        assertTrue(Role.ADMIN.includes(Role.VIEWER));
        assertTrue(Role.SALES.includes(Role.VIEWER));

        assertFalse(Role.ADMIN.includes(Role.OWNER));
        assertFalse(Role.SALES.includes(Role.ADMIN));
        assertFalse(Role.SALES.includes(Role.OWNER));
        assertFalse(Role.VIEWER.includes(Role.SALES));
        assertFalse(Role.VIEWER.includes(Role.ADMIN));
        assertFalse(Role.VIEWER.includes(Role.OWNER));
    }

    @ParameterizedTest
    @CsvSource({"owner, OWNER", "ADMIN, ADMIN", "Sales, SALES", "vIeWeR, VIEWER", "'  admin ', ADMIN"})
    void ofIsCaseInsensitiveAndTrims(String name, Role expected) {
        assertEquals(expected, Role.of(name));
    }

    @Test
    void idsAndNameConstantsRoundTripThroughOf() {
        assertEquals(Role.OWNER, Role.of(Role.OWNER_NAME));
        assertEquals(Role.ADMIN, Role.of(Role.ADMIN_NAME));
        assertEquals(Role.SALES, Role.of(Role.SALES_NAME));
        assertEquals(Role.VIEWER, Role.of(Role.VIEWER_NAME));
        for (Role r : Role.values()) {
            assertEquals(r, Role.of(r.id()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "superuser", "owners", "view er"})
    void unknownNamesThrowIllegalArgument(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.of(name));
        assertTrue(e.getMessage().contains("unknown role"), e.getMessage());
    }

    @Test
    void nullThrowsIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> Role.of(null));
    }
}
