package org.offerbridge.ui.api;

import com.vaadin.navigator.View;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A view laid out like every page of the admin UI: full width, the shell's page style, element id
 * {@code view-<name>} (what browser tests wait for) and the title as its first line.
 */
public abstract class ViewPage extends VerticalLayout implements View {
    private static final long serialVersionUID = 1L;

    protected ViewPage(String viewName, String title) {
        setId("view-" + viewName);
        addStyleName("ob-view");
        setWidth("100%");
        setMargin(false);
        Label heading = new Label(title);
        heading.addStyleName(ValoTheme.LABEL_H2);
        heading.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        addComponent(heading);
    }
}
