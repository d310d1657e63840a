package org.offerbridge.ui.shell.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.onboarding.SetupCount;
import org.offerbridge.ui.shell.internal.views.GettingStartedChecklist.Area;
import org.offerbridge.ui.shell.internal.views.GettingStartedChecklist.State;
import org.offerbridge.ui.shell.internal.views.GettingStartedChecklist.Step;

class GettingStartedChecklistTest {

    private static WorkspaceSettings.Profile profile(String address, String phone, String taxId) {
        return new WorkspaceSettings.Profile("t", "Acme", "business", "en", "INR", "Retail", address, taxId, phone, null);
    }

    private static List<String> ids(List<Step> steps) {
        return steps.stream().map(Step::id).toList();
    }

    @Test
    void theOperatingAreaChosenAtRegistrationOrdersTheSteps() {
        assertEquals(Area.RETAIL, Area.of("Retail shop for tools"));
        assertEquals(Area.RETAIL, Area.of("Einzelhandel"));
        assertEquals(Area.MANUFACTURING, Area.of("Metal parts manufacturing"));
        assertEquals(Area.DISTRIBUTION, Area.of("Wholesale distribution of fasteners"));
        assertEquals(Area.DISTRIBUTION, Area.of("оптовая торговля"));
        assertEquals(Area.GENERAL, Area.of("Industrial hardware"));
        assertEquals(Area.GENERAL, Area.of(null));

        Map<String, Long> none = Map.of(SetupCount.PRODUCTS, 0L, SetupCount.CUSTOMERS, 0L, SetupCount.QUOTES, 0L);
        assertEquals(List.of("profile", "products", "channels", "customers", "quotes"), ids(GettingStartedChecklist.steps(Area.RETAIL, false, none)));
        assertEquals(List.of("profile", "products", "customers", "quotes", "channels"),
                ids(GettingStartedChecklist.steps(Area.MANUFACTURING, false, none)));
        assertEquals(List.of("profile", "products", "customers", "channels", "quotes"), ids(GettingStartedChecklist.steps(Area.GENERAL, false, none)));
    }

    @Test
    void aStepIsDoneWhenItsDataExistsAndUnavailableWhenNothingCountsIt() {
        List<Step> steps = GettingStartedChecklist.steps(Area.GENERAL, true,
                Map.of(SetupCount.PRODUCTS, 31L, SetupCount.CUSTOMERS, 0L, SetupCount.QUOTES, 1L));
        assertEquals(List.of(new Step("profile", State.DONE, "settings"), new Step("products", State.DONE, "catalog"),
                new Step("customers", State.OPEN, "customers"), new Step("channels", State.UNAVAILABLE, "channels"),
                new Step("quotes", State.DONE, "quotes")), steps);
        assertFalse(GettingStartedChecklist.complete(steps), "the customer is missing");

        List<Step> all = GettingStartedChecklist.steps(Area.GENERAL, true,
                Map.of(SetupCount.PRODUCTS, 31L, SetupCount.CUSTOMERS, 3L, SetupCount.QUOTES, 1L));
        assertTrue(GettingStartedChecklist.complete(all), "channels cannot be done yet, so nothing is left");
    }

    @Test
    void theProfileIsCompleteWithAnAddressAndAPhoneOrTaxId() {
        assertFalse(GettingStartedChecklist.profileComplete(profile(null, null, null)));
        assertFalse(GettingStartedChecklist.profileComplete(profile("12 MG Road, Pune", " ", null)));
        assertFalse(GettingStartedChecklist.profileComplete(profile(" ", "+91 98765 43210", null)));
        assertTrue(GettingStartedChecklist.profileComplete(profile("12 MG Road, Pune", "+91 98765 43210", null)));
        assertTrue(GettingStartedChecklist.profileComplete(profile("12 MG Road, Pune", null, "27AAAAA0000A1Z5")));
    }
}
