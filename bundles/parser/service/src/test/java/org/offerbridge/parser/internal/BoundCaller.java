package org.offerbridge.parser.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;

/** A request context with one caller bound, for tests of the services (and their own role checks). */
public final class BoundCaller {
    private BoundCaller() {
    }

    public static RequestContext withRole(Role role) {
        return of(new TenantPrincipal("t-1", "u-1", null, role, "business"));
    }

    public static RequestContext of(TenantPrincipal p) {
        return new RequestContext() {
            @Override
            public Optional<TenantPrincipal> current() {
                return Optional.of(p);
            }

            @Override
            public String requestId() {
                return null;
            }

            @Override
            public <T> T runAs(TenantPrincipal principal, Supplier<T> work) {
                return work.get();
            }
        };
    }
}
