package org.offerbridge.catalog.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;

/** A request context with one caller bound, of the given role. */
final class TestContext implements RequestContext {
    private final TenantPrincipal principal;

    TestContext(Role role) {
        this.principal = new TenantPrincipal("tenant-1", "user-1", null, role, "business");
    }

    @Override
    public Optional<TenantPrincipal> current() {
        return Optional.of(principal);
    }

    @Override
    public String requestId() {
        return null;
    }

    @Override
    public <T> T runAs(TenantPrincipal p, Supplier<T> work) {
        throw new UnsupportedOperationException();
    }
}
