package org.offerbridge.ui.shell.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.offerbridge.platform.api.StaffAuthentication;
import org.offerbridge.platform.api.StaffAuthentication.Login;
import org.offerbridge.ui.api.Texts;

import com.vaadin.event.ShortcutAction.KeyCode;
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
        String language = VaadinService.getCurrentRequest() == null ? null : VaadinService.getCurrentRequest().getHeader("Accept-Language");
        Login result = auth.login(e, p, workspace.isVisible() ? workspace.getValue() : null,
                new StaffAuthentication.Device(browser.getAddress(), browser.getBrowserApplication(), null, language));
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
        } else {
            show(t.get("login.failed"));
            password.focus();
        }
    }

    private void show(String text) {
        message.setValue(text);
        message.setVisible(true);
    }
}
