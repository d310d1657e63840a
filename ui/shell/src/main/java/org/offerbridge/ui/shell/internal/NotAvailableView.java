package org.offerbridge.ui.shell.internal;

import org.offerbridge.ui.api.Texts;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** Shown for a view that does not exist, whose feature was uninstalled, or that the plan or role does not allow. */
final class NotAvailableView extends VerticalLayout implements View {
    private static final long serialVersionUID = 1L;

    NotAvailableView(Texts t, String viewName) {
        setId("view-not-available");
        addStyleName("ob-view");
        Label title = new Label(VaadinIcons.BAN.getHtml() + " " + t.get("notAvailable.title"), com.vaadin.shared.ui.ContentMode.HTML);
        title.addStyleName(ValoTheme.LABEL_H2);
        Label text = new Label(t.get("notAvailable.text", viewName));
        text.setWidth("100%");
        Button home = new Button(t.get("notAvailable.home"), e -> UI.getCurrent().getNavigator().navigateTo(ShellLayout.DEFAULT_VIEW));
        home.addStyleName(ValoTheme.BUTTON_PRIMARY);
        addComponents(title, text, home);
    }
}
