package org.offerbridge.ui.shell.internal.views;

import java.util.Locale;

import org.offerbridge.platform.api.Role;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.ui.shell.internal.ShellTexts;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.VerticalLayout;

/**
 * A view every workspace has (no capability): its menu entry is fixed, so subclasses state it once in the
 * constructor and only build their view.
 */
abstract class PlatformViewContribution implements ViewContribution {
    private final String viewName;
    private final String captionKey;
    private final VaadinIcons icon;
    private final int order;
    private final Role minimumRole;

    /** {@code captionKey} names the shell text used for the menu entry and the view's title. */
    PlatformViewContribution(String viewName, String captionKey, VaadinIcons icon, int order, Role minimumRole) {
        this.viewName = viewName;
        this.captionKey = captionKey;
        this.icon = icon;
        this.order = order;
        this.minimumRole = minimumRole;
    }

    @Override
    public final String viewName() {
        return viewName;
    }

    @Override
    public final String capability() {
        return null;
    }

    @Override
    public final Role minimumRole() {
        return minimumRole;
    }

    @Override
    public final String caption(Locale locale) {
        return ShellTexts.of(locale).get(captionKey);
    }

    @Override
    public final VaadinIcons icon() {
        return icon;
    }

    @Override
    public final int order() {
        return order;
    }

    /** Adds the view's titled page (id {@code view-<name>}) to {@code view} and returns it for the content. */
    final VerticalLayout addPage(VerticalLayout view, Texts t) {
        view.setMargin(false);
        VerticalLayout page = Ui.page("view-" + viewName, t.get(captionKey));
        view.addComponent(page);
        return page;
    }
}
