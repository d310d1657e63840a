package org.offerbridge.ui.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Capability;
import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.CapabilityStatus;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

class ViewRegistryTest {
    /** catalog: installed and in the plan; quotation: in the plan, not installed; webhooks: installed, not in the plan. */
    private final CapabilityRegistry capabilities = new CapabilityRegistry() {
        @Override
        public List<CapabilityStatus> statusFor(String planId) {
            return List.of();
        }

        @Override
        public boolean isInstalled(String capabilityId) {
            return Set.of("catalog", "webhooks").contains(capabilityId);
        }

        @Override
        public boolean planIncludes(String planId, String capabilityId) {
            return "business".equals(planId) && Set.of("catalog", "quotation").contains(capabilityId);
        }

        @Override
        public List<Capability> installed() {
            return List.of();
        }
    };
    private final ViewRegistry registry = new ViewRegistry(capabilities);

    @Test
    void showsWhatThePlanAllowsAndTheRoleReachesInMenuOrder() {
        registry.addContribution(view("users", null, Role.ADMIN, 910));
        registry.addContribution(view("catalog", "catalog", Role.VIEWER, 200));
        registry.addContribution(view("quotes", "quotation", Role.VIEWER, 300));
        registry.addContribution(view("webhooks", "webhooks", Role.VIEWER, 400));
        registry.addContribution(view("dashboard", null, Role.VIEWER, 0));

        assertEquals(List.of("dashboard", "catalog", "users"), names(principal(Role.ADMIN, "business")));
        assertEquals(List.of("dashboard", "catalog"), names(principal(Role.SALES, "business")));
        assertEquals(List.of("dashboard", "users"), names(principal(Role.OWNER, "starter")), "no capability in this plan");
        assertTrue(registry.find("quotes", principal(Role.OWNER, "business")).isEmpty(), "not installed");
        assertTrue(registry.find("webhooks", principal(Role.OWNER, "business")).isEmpty(), "not in the plan");
        assertTrue(registry.find("catalog", principal(Role.VIEWER, "business")).isPresent());
    }

    @Test
    void ignoresBadAndTakenNames() {
        registry.addContribution(view("Bad Name", null, Role.VIEWER, 1));
        registry.addContribution(view("catalog", "catalog", Role.VIEWER, 200));
        registry.addContribution(view("catalog", null, Role.VIEWER, 1));
        assertEquals(List.of("catalog"), names(principal(Role.VIEWER, "business")));
        registry.removeContribution(registry.find("catalog", principal(Role.VIEWER, "business")).orElseThrow());
        assertTrue(names(principal(Role.VIEWER, "business")).isEmpty());
    }

    private List<String> names(TenantPrincipal p) {
        return registry.visibleTo(p).stream().map(ViewContribution::viewName).toList();
    }

    private static TenantPrincipal principal(Role role, String plan) {
        return new TenantPrincipal("t1", "u1", null, role, plan);
    }

    private static ViewContribution view(String name, String capability, Role role, int order) {
        return new ViewContribution() {
            @Override
            public String viewName() {
                return name;
            }

            @Override
            public String capability() {
                return capability;
            }

            @Override
            public Role minimumRole() {
                return role;
            }

            @Override
            public String caption(Locale locale) {
                return name;
            }

            @Override
            public VaadinIcons icon() {
                return VaadinIcons.PACKAGE;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public View createView(UiSession session) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
