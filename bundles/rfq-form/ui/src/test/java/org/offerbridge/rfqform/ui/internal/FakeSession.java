package org.offerbridge.rfqform.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.ui.api.UiSession;

/** A UI session of a staff member with one role, calling services directly, keeping its error notifications. */
final class FakeSession implements UiSession {
    final List<String> errors = new ArrayList<>();
    final List<String> successes = new ArrayList<>();
    /** True while {@link #call} or {@link #run} runs: the principal would be bound. */
    boolean bound;
    private final Role role;

    FakeSession(Role role) {
        this.role = role;
    }

    @Override
    public TenantPrincipal principal() {
        return new TenantPrincipal("t1", "u1", null, role, "business");
    }

    @Override
    public Locale locale() {
        return Locale.ENGLISH;
    }

    @Override
    public java.time.ZoneId zone() {
        return java.time.ZoneOffset.UTC;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        boolean was = bound;
        bound = true;
        try {
            return work.get();
        } finally {
            bound = was;
        }
    }

    @Override
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public boolean attempt(Runnable work) {
        work.run();
        return true;
    }

    @Override
    public void notifySuccess(String message) {
        successes.add(message);
    }

    @Override
    public void notifyError(String message) {
        errors.add(message);
    }

    @Override
    public void notifyError(Throwable error) {
        errors.add(String.valueOf(error));
    }

    @Override
    public void navigateTo(String viewName, String parameters) {
    }
}
