package org.offerbridge.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.internal.PlatformConfig;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;

/** Registration: only the plans the operator opened for it, and no common password. */
class TenantsResourceTest {
    private static final List<Plan> PLANS = List.of(
            new Plan("business", "Business", Set.of(), Map.of(), 60, true),
            new Plan("enterprise", "Enterprise", Set.of(), Map.of(), 60, false));

    private final WorkspaceStore workspaces = mock(WorkspaceStore.class);
    private final TenantsResource resource = new TenantsResource(workspaces, new FixedPlans(), config());

    private static PlatformConfig config() {
        PlatformConfig c = mock(PlatformConfig.class);
        when(c.registrationEnabled()).thenReturn(true);
        return c;
    }

    private static TenantsResource.RegisterRequest request(String plan, String password) {
        return new TenantsResource.RegisterRequest("Acme", "owner@acme.example", password, plan, "en", "EUR", null);
    }

    @Test
    void aSelfServicePlanMayBeChosen() {
        assertEquals("business", resource.selfServicePlan(" Business "));
    }

    @Test
    void aPlanTheOperatorAssignsIsRefusedNamingPlan() {
        ProblemException e = assertInvalid("plan", () -> resource.register(request("enterprise", "a long passphrase")));
        assertEquals("platform.planByOperator", e.messageKey());
        assertTrue(e.getMessage().contains("assigned by the operator"), e.getMessage());
        assertTrue(e.getMessage().endsWith("open for registration: business"), e.getMessage());
        verify(workspaces, never()).register(any());
    }

    @Test
    void anUnknownPlanIsStillRefusedNamingPlan() {
        ProblemException e = assertInvalid("plan", () -> resource.register(request("gold", "a long passphrase")));
        assertTrue(e.getMessage().contains("Unknown plan"), e.getMessage());
        verify(workspaces, never()).register(any());
    }

    @Test
    void aCommonPasswordIsRefused() {
        ProblemException e = assertInvalid("adminPassword", () -> resource.register(request("business", "password1234")));
        assertEquals("field.commonPassword", e.messageKey());
        verify(workspaces, never()).register(any());
    }

    private static final class FixedPlans implements PlanCatalog {
        @Override
        public Optional<Plan> find(String planId) {
            return PLANS.stream().filter(p -> p.id().equals(planId)).findFirst();
        }

        @Override
        public List<Plan> all() {
            return PLANS;
        }
    }
}
