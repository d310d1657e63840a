package org.offerbridge.ui.shell.internal.views;

import java.util.List;

import org.offerbridge.platform.api.Role;
import org.offerbridge.ui.api.ConfirmDialog;
import org.offerbridge.ui.api.Texts;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Small building blocks shared by the platform views, so they look alike. */
final class Ui {
    private Ui() {
    }

    /** A view's root layout with its title. */
    static VerticalLayout page(String id, String title) {
        VerticalLayout root = new VerticalLayout();
        root.setId(id);
        root.addStyleName("ob-view");
        root.setWidth("100%");
        root.setMargin(false);
        Label h = new Label(title);
        h.addStyleName(ValoTheme.LABEL_H2);
        h.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        root.addComponent(h);
        return root;
    }

    static Label section(String title) {
        Label l = new Label(title);
        l.addStyleName(ValoTheme.LABEL_H3);
        l.addStyleName(ValoTheme.LABEL_COLORED);
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.addStyleName("ob-muted");
        l.setWidth("100%");
        return l;
    }

    /** A role picker showing the roles' translated names; always has a value. */
    static ComboBox<Role> roleBox(Texts t, String caption, List<Role> roles) {
        ComboBox<Role> box = new ComboBox<>(caption, roles);
        box.setItemCaptionGenerator(r -> t.get("role." + r.id()));
        box.setEmptySelectionAllowed(false);
        box.setTextInputAllowed(false);
        return box;
    }

    /** A figure with its caption, for the dashboard and billing. */
    static Component card(String id, String caption, String figure, String note) {
        Label f = new Label(figure);
        f.addStyleName("ob-figure");
        f.setId(id);
        VerticalLayout card = new VerticalLayout(new Label(caption), f);
        if (note != null) {
            card.addComponent(muted(note));
        }
        card.setMargin(false);
        card.setSpacing(false);
        card.addStyleName("ob-card");
        card.setWidthUndefined();
        return card;
    }

    /** Shows a secret (API key, invitation token) once, with a warning that it will not be shown again. */
    static void showOnce(Texts t, String title, String explanation, String secret) {
        TextField value = new TextField();
        value.setId("secret-value");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidth("100%");
        value.addStyleName("ob-secret");
        // Valo's failure style brings its own icon.
        Label warn = new Label(t.get("secret.once"));
        warn.addStyleName(ValoTheme.LABEL_FAILURE);
        warn.setWidth("100%");
        Window w = new Window(title);
        Button close = new Button(t.get("common.close"), e -> w.close());
        close.setId("secret-close");
        close.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Label text = new Label(explanation);
        text.setWidth("100%");
        VerticalLayout content = new VerticalLayout(text, value, warn, close);
        w.setContent(content);
        w.setModal(true);
        w.setWidth("560px");
        w.setResizable(false);
        UI.getCurrent().addWindow(w);
        value.selectAll();
        value.focus();
    }

    /** Asks for confirmation before {@code action} (a destructive one: deactivate, revoke). */
    static void confirm(Texts t, String question, Runnable action) {
        ConfirmDialog.ask("confirm", t.get("common.confirm"), question, t.get("common.yes"), t.get("common.cancel"), true, action);
    }
}
