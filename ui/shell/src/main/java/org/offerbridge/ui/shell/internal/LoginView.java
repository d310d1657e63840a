package org.offerbridge.ui.shell.internal;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.offerbridge.platform.api.StaffAuthentication;
import org.offerbridge.platform.api.StaffAuthentication.Login;
import org.offerbridge.ui.api.Texts;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.server.WebBrowser;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.Panel;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Email and password login with the platform's rules: one answer for every failure (wrong password, unknown
 * email, lockout), and a workspace choice when the credentials open several.
 */
final class LoginView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient StaffAuthentication auth;
    private final Texts t;
    private final transient Consumer<Login> onLogin;
    private final TextField email;
    private final PasswordField password = new PasswordField();
    private final ComboBox<String> workspace = new ComboBox<>();
    private final Label message = new Label();

    LoginView(ShellServices services, Locale locale, Consumer<Login> onLogin, String notice) {
        this.auth = services.auth();
        this.t = ShellTexts.of(locale);
        this.onLogin = onLogin;
        setSizeFull();
        addStyleName("ob-login");

        Label title = new Label(t.get("app.title"));
        title.addStyleName(ValoTheme.LABEL_H2);
        title.addStyleName(ValoTheme.LABEL_COLORED);
        Label subtitle = new Label(t.get("login.subtitle"));
        subtitle.addStyleName("ob-muted");

        email = new TextField(t.get("login.email"));
        email.setId("login-email");
        email.setWidth("100%");
        email.setMaxLength(254);
        password.setCaption(t.get("login.password"));
        password.setId("login-password");
        password.setWidth("100%");
        workspace.setCaption(t.get("login.workspace"));
        workspace.setId("login-workspace");
        workspace.setWidth("100%");
        workspace.setEmptySelectionAllowed(false);
        workspace.setVisible(false);

        Button login = new Button(t.get("login.submit"), e -> submit());
        login.setId("login-button");
        login.addStyleName(ValoTheme.BUTTON_PRIMARY);
        login.setClickShortcut(KeyCode.ENTER);
        login.setWidth("100%");

        message.setId("login-message");
        message.setWidth("100%");
        message.addStyleName(ValoTheme.LABEL_FAILURE);
        message.setVisible(notice != null);
        message.setValue(notice == null ? "" : notice);

        VerticalLayout form = new VerticalLayout(title, subtitle, message, email, password, workspace, login);
        form.setMargin(true);
        form.setSpacing(true);
        Panel panel = new Panel(form);
        panel.setWidth("380px");
        addComponent(panel);
        setComponentAlignment(panel, Alignment.MIDDLE_CENTER);
        email.focus();
    }

    private void submit() {
        String e = email.getValue();
        char[] p = password.getValue().toCharArray();
        password.clear();
        WebBrowser browser = UI.getCurrent().getPage().getWebBrowser();
        VaadinRequest request = VaadinService.getCurrentRequest();
        String language = request == null ? null : request.getHeader("Accept-Language");
        // the peer of this request and its forwarding headers: the platform decides whether a proxy may name the client
        String peer = request == null ? browser.getAddress() : request.getRemoteAddr();
        Login result = auth.login(e, p, workspace.isVisible() ? workspace.getValue() : null,
                new StaffAuthentication.Device(peer, browser.getBrowserApplication(), null, language, forwarding(request)));
        java.util.Arrays.fill(p, '\0');
        if (result.succeeded()) {
            onLogin.accept(result);
        } else if (result.failure() == StaffAuthentication.Failure.CHOOSE_WORKSPACE) {
            List<String> ids = result.workspaces();
            workspace.setItems(ids);
            workspace.setValue(ids.get(0));
            workspace.setVisible(true);
            show(t.get("login.choose"));
            password.focus();
        } else if (result.failure() == StaffAuthentication.Failure.TOO_MANY_ATTEMPTS) {
            show(t.get("login.throttled"));
        } else {
            show(t.get("login.failed"));
            password.focus();
        }
    }

    private static Map<String, List<String>> forwarding(VaadinRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        if (request != null) {
            for (String name : List.of("X-Forwarded-For", "Forwarded")) {
                Enumeration<String> values = request.getHeaders(name);
                if (values != null && values.hasMoreElements()) {
                    headers.put(name, Collections.list(values));
                }
            }
        }
        return headers;
    }

    private void show(String text) {
        message.setValue(text);
        message.setVisible(true);
    }
}
