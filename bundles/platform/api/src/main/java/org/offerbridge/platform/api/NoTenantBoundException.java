package org.offerbridge.platform.api;

/** Thrown when tenant-scoped work is attempted with no tenant bound. Always a programming error. */
public class NoTenantBoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NoTenantBoundException() {
        super("No tenant is bound to this unit of work");
    }
}
