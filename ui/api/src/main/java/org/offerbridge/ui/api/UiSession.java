package org.offerbridge.ui.api;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The logged-in staff member's UI session, handed to {@link ViewContribution#createView}. Tenant-scoped
 * platform and capability services need the caller bound in {@code RequestContext}; run such calls through
 * {@link #call} or {@link #run}, never with a tenant id of your own. Messages shown to the user go through the
 * {@code notify*} methods so every view reports success and failure the same way.
 */
@ProviderType
public interface UiSession {

    /** Who is logged in: tenant, user, role and plan, as of the current request. */
    TenantPrincipal principal();

    /**
     * The staff member's locale: the language they chose under "My profile", else their browser's (when the UI speaks
     * it), else English. Texts and number formats follow it; the workspace locale is for documents, not for the UI.
     */
    Locale locale();

    /**
     * The staff member's time zone: the one they chose, else the one their browser reports, else UTC
     * ({@link Times#zone}). Every time the UI shows is in it; use {@link Times#of(UiSession)}.
     *
     * @since 1.4
     */
    ZoneId zone();

    /** True when the logged-in user's role includes {@code role}. */
    default boolean hasRole(Role role) {
        return principal().role().includes(role);
    }

    /** Runs {@code work} with the principal bound in {@code RequestContext} and returns its result. */
    <T> T call(Supplier<T> work);

    /** Runs {@code work} with the principal bound in {@code RequestContext}. */
    void run(Runnable work);

    /**
     * Runs {@code work} with the principal bound; when it throws, shows the failure with {@link #notifyError(Throwable)}
     * and returns false. Suits button handlers.
     */
    boolean attempt(Runnable work);

    /** A short confirmation (saved, cleared, ...). */
    void notifySuccess(String message);

    /** A failure the user must notice; {@code message} is shown as is (translate it first). */
    void notifyError(String message);

    /**
     * Shows a failure: a {@code ProblemException} in the user's language ({@link ProblemTexts}), the message of a
     * {@code QuotaExceededException} (written for users), otherwise a generic text with a support reference while
     * the details go to the server log. Every error notification offers "Report a problem", and the failure's
     * reference is kept for it ({@link #reportProblem}).
     */
    void notifyError(Throwable error);

    /**
     * Notes what the user just did, for "Report a problem" (the last ten are attached to a report), e.g.
     * {@code "send quote Q-2026-00012"}. The shell already notes every navigation, button click and failure; call it
     * for steps that are neither. Never pass secrets (tokens, passwords) or a customer's message text.
     *
     * @since 1.5
     */
    default void noteAction(String action) {
    }

    /**
     * Keeps a failure's reference for "Report a problem" without showing it, for a problem shown another way (on its
     * field, by {@link FieldErrors}).
     *
     * @since 1.5
     */
    default void noteFailure(Throwable error) {
    }

    /**
     * Opens the "Report a problem" dialog, filled in with what this session collected: workspace, account, view, time,
     * browser, the references of the last failed calls and the last actions.
     *
     * @since 1.5
     */
    default void reportProblem() {
    }

    /** Navigates to another view by its {@link ViewContribution#viewName()}, with optional parameters. */
    void navigateTo(String viewName, String parameters);
}
