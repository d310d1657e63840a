package org.offerbridge.rfqform.ui.internal;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.rfqform.api.RfqForms;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/**
 * The request-for-quote form's settings view, part of the {@code rfq-form} capability: shown to admins where the plan
 * includes it (the settings are admins' only, as {@code /rfq-form/settings} is), gone when it is uninstalled.
 */
@Component(service = ViewContribution.class)
public class RfqFormViewContribution extends CapabilityViewContribution {
    static final String CAPABILITY = "rfq-form";
    private final RfqForms forms;
    private final StaffAdministration staff;

    @Activate
    public RfqFormViewContribution(@Reference RfqForms forms, @Reference StaffAdministration staff) {
        // an admin setting: in the administration group after Channels, not among the staff's daily views
        super(RfqFormView.NAME, CAPABILITY, VaadinIcons.FORM, 960);
        this.forms = forms;
        this.staff = staff;
    }

    @Override
    public Role minimumRole() {
        return Role.ADMIN;
    }

    @Override
    public View createView(UiSession session) {
        return new RfqFormView(session, forms, () -> staff.list(RfqFormView.STAFF_LIMIT));
    }
}
