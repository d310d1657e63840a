package org.offerbridge.ui.api;

import java.util.Locale;

import org.offerbridge.platform.api.Role;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/**
 * One entry of the admin UI's menu and the view behind it, registered as an OSGi service by the bundle that
 * owns it. The shell tracks these services dynamically: a view appears when its bundle starts and disappears
 * when it stops, without a restart; open sessions see the change on their next navigation.
 *
 * <pre>
 * &#64;Component(service = ViewContribution.class)
 * public class CatalogViewContribution implements ViewContribution {
 *     private final CatalogService catalog;                // the capability's own tenant-scoped service
 *     &#64;Activate
 *     public CatalogViewContribution(&#64;Reference CatalogService catalog) { this.catalog = catalog; }
 *     public String viewName() { return "catalog"; }
 *     public String capability() { return "catalog"; }
 *     public Role minimumRole() { return Role.VIEWER; }
 *     public String caption(Locale locale) { return Texts.of(getClass(), locale).get("menu"); }
 *     public VaadinIcons icon() { return VaadinIcons.PACKAGE; }
 *     public int order() { return 200; }
 *     public View createView(UiSession session) { return new CatalogView(session, catalog); }
 * }
 * </pre>
 *
 * Most contributions extend {@link CapabilityViewContribution}, which implements all but {@link #createView} from
 * the constructor's arguments (the real {@code CatalogViewContribution} does).
 */
@ConsumerType
public interface ViewContribution {

    /**
     * The navigator state of the view ({@code /ui/#!catalog}): lower case letters, digits and dashes, unique
     * across all contributions.
     */
    String viewName();

    /**
     * The capability id the tenant's plan must include (and which must be installed) for the view to show,
     * e.g. {@code catalog}; null for platform views that every workspace has.
     */
    String capability();

    /** The least powerful role that sees the view. */
    default Role minimumRole() {
        return Role.VIEWER;
    }

    /** The menu caption and view title in the user's locale. */
    String caption(Locale locale);

    /** The menu icon. */
    VaadinIcons icon();

    /**
     * Menu position, ascending. Platform views use 0-99 (dashboard 0) and 900-999 (settings, billing); put
     * capability views in 100-899.
     */
    default int order() {
        return 500;
    }

    /**
     * Creates a fresh view for one navigation. Called on the UI thread with no tenant bound: do tenant-scoped
     * work inside {@link UiSession#call} / {@link UiSession#run}, or in {@link View#enter}, through the session.
     */
    View createView(UiSession session);
}
