package org.offerbridge.ui.shell.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.offerbridge.platform.api.QuotaExceededException;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.ui.api.Html;
import org.offerbridge.ui.api.ProblemTexts;
import org.offerbridge.ui.api.UiSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.server.Page;
import com.vaadin.shared.Position;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One logged-in staff member, kept in the Vaadin session (shared by the browser's tabs). Holds the platform
 * session token, server side only, and re-checks it against the platform at every navigation and at least
 * every {@link #RECHECK_MILLIS} before tenant-scoped work, so deactivation, suspension, role and plan changes
 * apply without a new login.
 */
final class StaffUiSession implements UiSession {
    private static final Logger LOG = LoggerFactory.getLogger(StaffUiSession.class);
    static final long RECHECK_MILLIS = 30_000;

    /** Thrown when the platform session ended (logout elsewhere, deactivation, expiry); the UI shows the login. */
    static final class SessionEndedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SessionEndedException() {
            super("The session has ended");
        }
    }

    private final transient ShellServices services;
    private final String token;
    private volatile TenantPrincipal principal;
    private volatile Locale locale;
    private volatile ZoneId zone;
    private volatile long checkedAt;
    private volatile boolean ended;
    private final SupportTrail trail = new SupportTrail(Clock.systemUTC());
    /** The last call that failed, and its reference: the UI shows the failure after the call has returned. */
    private transient volatile Throwable lastFailure;
    private volatile String lastFailureId;

    StaffUiSession(ShellServices services, String token, TenantPrincipal principal, Locale locale, ZoneId zone) {
        this.services = services;
        this.token = token;
        this.principal = principal;
        this.locale = locale;
        this.zone = zone;
        this.checkedAt = System.currentTimeMillis();
    }

    /** Re-reads the principal from the platform; false when the session is no longer valid. */
    boolean refresh() {
        if (ended) {
            return false;
        }
        Optional<TenantPrincipal> p = services.auth().resume(token);
        if (p.isEmpty()) {
            ended = true;
            return false;
        }
        principal = p.get();
        checkedAt = System.currentTimeMillis();
        return true;
    }

    /** Ends the platform session (logout, or the UI session expired). */
    void end() {
        ended = true;
        try {
            services.auth().logout(token);
        } catch (RuntimeException e) {
            LOG.warn("Could not revoke the platform session of user {}", principal.userId(), e);
        }
    }

    /** The staff member's language and zone, as {@link ShellUI} works them out from their preferences and browser. */
    void setPreferences(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    @Override
    public TenantPrincipal principal() {
        return principal;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        if (ended || (System.currentTimeMillis() - checkedAt > RECHECK_MILLIS && !refresh())) {
            throw new SessionEndedException();
        }
        // One support reference per call from the UI (inside another call, that call's): the service's log lines carry
        // it, and a failure shown to the user names it.
        String current = services.context().requestId();
        String id = current != null ? current : UUID.randomUUID().toString();
        try {
            return services.context().runAs(principal, id, work);
        } catch (RuntimeException e) {
            lastFailure = e;
            lastFailureId = id;
            throw e;
        }
    }

    /** The reference of the call {@code error} came from, or of the request being served. */
    private String requestIdOf(Throwable error) {
        return error != null && error == lastFailure ? lastFailureId : services.context().requestId();
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
        try {
            run(work);
            return true;
        } catch (SessionEndedException e) {
            throw e;
        } catch (RuntimeException e) {
            notifyError(e);
            return false;
        }
    }

    @Override
    public void notifySuccess(String message) {
        Notification n = new Notification(message, Notification.Type.TRAY_NOTIFICATION);
        n.setStyleName(ValoTheme.NOTIFICATION_SUCCESS + " " + ValoTheme.NOTIFICATION_SMALL);
        n.setPosition(Position.BOTTOM_CENTER);
        n.setDelayMsec(3000);
        show(n);
    }

    @Override
    public void notifyError(String message) {
        trail.shown(message);
        showError(message, ShellTexts.of(locale).get("support.title"));
    }

    /**
     * An error notification; with {@code reportCaption}, a "Report a problem" button that opens the dialog (the listener
     * {@link ShellLayout} adds to the page, as an open notification swallows the events on it).
     */
    static void showError(String message, String reportCaption) {
        Notification n = new Notification(Html.escape(message), reportCaption == null ? null
                : "<span id=\"notification-report-problem\" class=\"ob-report-problem\" role=\"button\" tabindex=\"0\""
                        + ">"
                        + Html.escape(reportCaption) + "</span>",
                Notification.Type.ERROR_MESSAGE, true);
        n.setStyleName(ValoTheme.NOTIFICATION_ERROR + " " + ValoTheme.NOTIFICATION_CLOSABLE);
        n.setPosition(Position.TOP_CENTER);
        n.setDelayMsec(-1);
        show(n);
    }

    @Override
    public void notifyError(Throwable error) {
        Failure f = failure(error, locale, principal, requestIdOf(error));
        trail.failed(f.reference(), f.text());
        showError(f.text(), ShellTexts.of(locale).get("support.title"));
    }

    /** What the user reads about a failure, and the reference support finds it by. */
    record Failure(String text, String reference) {
    }

    /**
     * The user-facing text for a failure: a service's problem in the user's language (its English detail when it has
     * no message key), a quota's message; unexpected ones are logged with a support reference.
     */
    static String describe(Throwable error, Locale locale, TenantPrincipal principal) {
        return failure(error, locale, principal, null).text();
    }

    /**
     * The text as {@link #describe}, and a reference for "Report a problem": the request id when the failure happened
     * in a request that has one, else the problem's status and key ({@code 400 field.negative price}), else the
     * {@code ui-…} reference logged with the unexpected failure.
     */
    static Failure failure(Throwable error, Locale locale, TenantPrincipal principal, String requestId) {
        if (error instanceof ProblemException problem) {
            String what = problem.status() + " " + (problem.messageKey() != null ? problem.messageKey() : problem.type())
                    + (problem.field() != null ? " " + problem.field() : "");
            return new Failure(ProblemTexts.of(problem, locale), requestId != null ? requestId + " " + what : what);
        }
        if (error instanceof QuotaExceededException) {
            return new Failure(error.getMessage(), requestId != null ? requestId + " quota" : "quota");
        }
        String reference = requestId != null ? requestId : "ui-" + UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Admin UI failure {} (tenant {})", reference, principal == null ? "-" : principal.tenantId(), error);
        return new Failure(ShellTexts.of(locale).get("error.unexpected", reference), reference);
    }

    @Override
    public void noteFailure(Throwable error) {
        Failure f = failure(error, locale, principal, requestIdOf(error));
        trail.failed(f.reference(), f.text());
    }

    @Override
    public void noteAction(String action) {
        trail.action(action);
    }

    @Override
    public void reportProblem() {
        UI ui = UI.getCurrent();
        if (ui == null || ended) {
            return;
        }
        // Notifications stay above windows: the one it was opened from, or a confirmation at the bottom centre, would
        // cover the dialog (its Send button, in a dialog as tall as a laptop's window)
        List.copyOf(ui.getExtensions()).stream().filter(Notification.class::isInstance).map(Notification.class::cast)
                .forEach(Notification::close);
        Page page = ui.getPage();
        ReportProblemDialog.Facts facts = ReportProblemDialog.collect(services, this, page.getUriFragment(),
                page.getWebBrowser().getBrowserApplication(), Clock.systemUTC());
        ui.addWindow(new ReportProblemDialog(services.supportReports(), this, facts));
    }

    SupportTrail trail() {
        return trail;
    }

    @Override
    public void navigateTo(String viewName, String parameters) {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getNavigator() != null) {
            ui.getNavigator().navigateTo(parameters == null || parameters.isEmpty() ? viewName : viewName + "/" + parameters);
        }
    }

    private static void show(Notification n) {
        Page page = Page.getCurrent();
        if (page != null) {
            n.show(page);
        }
    }
}
