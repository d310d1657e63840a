package org.offerbridge.ui.api;

import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One figure on the dashboard (e.g. "Products: 1,204"), registered as an OSGi service by the capability that
 * owns it. Shown while the service is registered and the tenant's plan includes {@link #capability()}.
 */
@ConsumerType
public interface DashboardFigure {

    /** Element id of the card, for tests: lower case letters, digits and dashes. */
    String id();

    /** The capability the plan must include, or null for a platform figure. */
    String capability();

    /** The card's caption in the user's locale. */
    String caption(Locale locale);

    /** The figure, computed for the logged-in user; call tenant-scoped services through the session. */
    String value(UiSession session);

    /** Position among the cards, ascending; platform cards use 0-99. */
    default int order() {
        return 500;
    }
}
