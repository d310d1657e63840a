package org.offerbridge.platform.internal.context;

import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.osgi.service.component.annotations.Component;
import org.slf4j.MDC;

/**
 * Holds the caller for the thread serving a request. Also puts tenant and request id into the logging MDC,
 * so every log line written while serving the request carries the support reference.
 */
@Component(service = {RequestContext.class, ThreadRequestContext.class})
public class ThreadRequestContext implements RequestContext {
    private static final String MDC_TENANT = "tenant";
    private static final String MDC_REQUEST = "requestId";

    private final ThreadLocal<TenantPrincipal> principal = new ThreadLocal<>();
    private final ThreadLocal<String> requestId = new ThreadLocal<>();

    @Override
    public Optional<TenantPrincipal> current() {
        return Optional.ofNullable(principal.get());
    }

    @Override
    public String requestId() {
        return requestId.get();
    }

    @Override
    public <T> T runAs(TenantPrincipal p, Supplier<T> work) {
        TenantPrincipal previous = principal.get();
        bindPrincipal(p);
        try {
            return work.get();
        } finally {
            bindPrincipal(previous);
        }
    }

    @Override
    public <T> T runAs(TenantPrincipal p, String id, Supplier<T> work) {
        String previous = requestId.get();
        setRequestId(id);
        try {
            return runAs(p, work);
        } finally {
            setRequestId(previous);
        }
    }

    private void setRequestId(String id) {
        if (id == null) {
            requestId.remove();
            MDC.remove(MDC_REQUEST);
        } else {
            requestId.set(id);
            MDC.put(MDC_REQUEST, id);
        }
    }

    /** Starts a request: no principal yet, a fresh request id. */
    public void begin(String id) {
        principal.remove();
        requestId.set(id);
        MDC.put(MDC_REQUEST, id);
        MDC.remove(MDC_TENANT);
    }

    public void bindPrincipal(TenantPrincipal p) {
        if (p == null) {
            principal.remove();
            MDC.remove(MDC_TENANT);
        } else {
            principal.set(p);
            MDC.put(MDC_TENANT, p.tenantId());
        }
    }

    public void end() {
        principal.remove();
        requestId.remove();
        MDC.remove(MDC_TENANT);
        MDC.remove(MDC_REQUEST);
    }
}
