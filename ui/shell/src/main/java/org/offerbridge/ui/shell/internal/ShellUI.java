package org.offerbridge.ui.shell.internal;

import java.util.Locale;

import org.offerbridge.platform.api.StaffAuthentication.Login;
import org.offerbridge.platform.api.admin.StaffAdministration.Preferences;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.ui.api.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.annotations.Theme;
import com.vaadin.annotations.Title;
import com.vaadin.server.DefaultErrorHandler;
import com.vaadin.server.Page;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.server.VaadinSession;
import com.vaadin.server.WebBrowser;
import com.vaadin.ui.UI;

/** One browser tab of the admin UI: the login screen, or the shell once logged in. */
@Theme("valo")
@Title("Offerbridge")
public class ShellUI extends UI {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ShellUI.class);
    /** Small additions to Valo; the theme itself is the precompiled one in com.vaadin.themes. */
    private static final String STYLES = String.join("\n",
            ".ob-header { padding: 8px 24px 8px 16px; border-bottom: 1px solid #dfe3e8; background: #fafbfc; }",
            ".ob-header .ob-workspace { font-weight: 600; font-size: 18px; }",
            ".ob-view { padding: 16px 24px; }",
            ".ob-card { border: 1px solid #dfe3e8; border-radius: 6px; padding: 12px 16px; background: #fff; min-width: 180px; }",
            ".ob-card .ob-figure { font-size: 28px; font-weight: 300; }",
            ".ob-login { background: #f0f3f7; }",
            ".ob-secret input { font-family: monospace; }",
            ".ob-muted { color: #6b7785; }",
            // The notification's own action, at its bottom right: a click elsewhere on it still just closes it.
            ".ob-report-problem { display: block; width: max-content; margin: 10px 0 0 auto; padding: 2px 10px;"
                    + " border: 1px solid currentColor; border-radius: 4px; cursor: pointer; font-weight: 600; }");

    private final transient ShellServices services;

    public ShellUI(ShellServices services) {
        this.services = services;
    }

    @Override
    protected void init(VaadinRequest request) {
        Page.getCurrent().getStyles().add(STYLES);
        setErrorHandler(event -> {
            Throwable t = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof StaffUiSession.SessionEndedException) {
                    getSession().setAttribute(StaffUiSession.class, null);
                    showLogin(ShellTexts.of(getLocale()).get("login.ended"));
                    return;
                }
            }
            StaffUiSession s = staffSession();
            if (s != null) {
                // Logged in: the failure's reference is kept for "Report a problem", offered on the notification.
                s.notifyError(t);
            } else {
                StaffUiSession.showError(StaffUiSession.describe(t, getLocale(), null), null);
            }
        });
        StaffUiSession s = staffSession();
        if (s != null && s.refresh()) {
            // A reload picks up changed preferences (and a browser's changed zone).
            applyPreferences(s);
            showShell(s, false);
        } else {
            if (s != null) {
                getSession().setAttribute(StaffUiSession.class, null);
            }
            showLogin(null);
        }
    }

    StaffUiSession staffSession() {
        return VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(StaffUiSession.class);
    }

    void showLogin(String message) {
        setNavigator(null);
        removeStyleName(com.vaadin.ui.themes.ValoTheme.UI_WITH_MENU);
        Locale l = ShellTexts.pick(getPage().getWebBrowser().getLocale(), getLocale());
        setLocale(l);
        getPage().setTitle("Offerbridge");
        setContent(new LoginView(services, l, this::loggedIn, message));
    }

    private void loggedIn(Login login) {
        // A new HTTP session id after login (no session fixation), then the shell.
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        StaffUiSession s = new StaffUiSession(services, login.sessionToken(), login.principal(),
                ShellTexts.pick(getPage().getWebBrowser().getLocale()), Times.zone(null, getPage().getWebBrowser().getTimeZoneId()));
        applyPreferences(s);
        getSession().setAttribute(StaffUiSession.class, s);
        showShell(s, true);
    }

    /**
     * The staff member's own language when the UI speaks it, else the browser's, else English; their own zone, else
     * the browser's, else UTC. The workspace locale is for documents, not for a person's UI.
     */
    private void applyPreferences(StaffUiSession s) {
        Preferences p;
        try {
            p = s.call(services.staffAdmin()::myPreferences);
        } catch (ProblemException e) {
            LOG.warn("No preferences for user {}: {}", s.principal().userId(), e.getMessage());
            p = new Preferences(null, null);
        }
        WebBrowser browser = getPage().getWebBrowser();
        s.setPreferences(ShellTexts.pick(p.language() == null ? null : Locale.forLanguageTag(p.language()), browser.getLocale()),
                Times.zone(p.timeZone(), browser.getTimeZoneId()));
    }

    void showShell(StaffUiSession s, boolean navigate) {
        setLocale(s.locale());
        setContent(new ShellLayout(this, services, s, navigate));
    }

    void logout() {
        StaffUiSession s = staffSession();
        if (s != null) {
            s.end();
        }
        getSession().setAttribute(StaffUiSession.class, null);
        getPage().setLocation(VaadinService.getCurrentRequest().getContextPath() + "/ui/");
        getSession().close();
    }
}
