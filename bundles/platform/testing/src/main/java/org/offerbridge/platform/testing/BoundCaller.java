package org.offerbridge.platform.testing;

import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;

/**
 * A request context with one caller bound, as the REST gateway or the admin UI binds it, for unit tests of services
 * (and of the role checks they make themselves). {@link #runAs} binds the other principal for the work, then restores.
 */
public final class BoundCaller implements RequestContext {
    private TenantPrincipal current;

    private BoundCaller(TenantPrincipal principal) {
        this.current = principal;
    }

    /** A staff user of workspace {@code t1} on the business plan with this role. */
    public static BoundCaller withRole(Role role) {
        return of(new TenantPrincipal("t1", "u-" + role.id(), null, role, "business"));
    }

    /** This principal; null binds nobody (a service must then fail closed). */
    public static BoundCaller of(TenantPrincipal principal) {
        return new BoundCaller(principal);
    }

    @Override
    public Optional<TenantPrincipal> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public String requestId() {
        return null;
    }

    @Override
    public <T> T runAs(TenantPrincipal principal, Supplier<T> work) {
        TenantPrincipal before = current;
        current = principal;
        try {
            return work.get();
        } finally {
            current = before;
        }
    }
}
