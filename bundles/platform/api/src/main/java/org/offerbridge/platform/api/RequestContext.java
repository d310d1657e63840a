package org.offerbridge.platform.api;

import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tenant and caller bound to the current unit of work. The REST gateway and the UI bind it once per
 * request; background jobs bind it explicitly with {@link #runAs}. Nothing falls back to a default tenant.
 */
@ProviderType
public interface RequestContext {

    /** The bound caller, if any. */
    Optional<TenantPrincipal> current();

    /** The bound caller; throws {@link NoTenantBoundException} when none is bound (fail closed). */
    default TenantPrincipal require() {
        return current().orElseThrow(NoTenantBoundException::new);
    }

    /** The support reference of the current request, or null outside a request. */
    String requestId();

    /** Runs work with the given principal bound, restoring the previous binding afterwards. */
    <T> T runAs(TenantPrincipal principal, Supplier<T> work);

    /**
     * As {@link #runAs(TenantPrincipal, Supplier)}, as one request with its own support reference: the admin UI calls
     * services without going through the REST gateway, and a failure it shows must be findable in the server's log.
     * The default keeps the current reference.
     */
    default <T> T runAs(TenantPrincipal principal, String requestId, Supplier<T> work) {
        return runAs(principal, work);
    }
}
