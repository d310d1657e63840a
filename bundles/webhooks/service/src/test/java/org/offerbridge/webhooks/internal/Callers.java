package org.offerbridge.webhooks.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;

/** A request context with one caller of workspace t1 bound, as the gateway or the admin UI would bind it. */
final class Callers {
    private Callers() {
    }

    static RequestContext as(Role role) {
        TenantPrincipal principal = new TenantPrincipal("t1", "u-" + role.id(), null, role, "business");
        return new RequestContext() {
            @Override
            public Optional<TenantPrincipal> current() {
                return Optional.of(principal);
            }

            @Override
            public String requestId() {
                return null;
            }

            @Override
            public <T> T runAs(TenantPrincipal other, Supplier<T> work) {
                return work.get();
            }
        };
    }
}
