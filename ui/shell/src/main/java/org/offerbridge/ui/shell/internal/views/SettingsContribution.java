package org.offerbridge.ui.shell.internal.views;

import java.util.List;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.admin.WorkspaceSettings.Profile;
import org.offerbridge.platform.api.admin.WorkspaceSettings.ProfileChange;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.ui.shell.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.data.Binder;
import com.vaadin.data.HasValue;
import com.vaadin.data.ValueProvider;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Setter;
import com.vaadin.ui.AbstractTextField;
import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** Company profile, locale and currency; validated by the platform like PATCH /workspace. */
@Component(service = ViewContribution.class)
public class SettingsContribution extends PlatformViewContribution {
    private final WorkspaceSettings settings;

    @Activate
    public SettingsContribution(@Reference WorkspaceSettings settings) {
        super("settings", "menu.settings", VaadinIcons.COG, 930, Role.VIEWER);
        this.settings = settings;
    }

    @Override
    public View createView(UiSession session) {
        return new SettingsView(session);
    }

    /** The form's values, as the binder reads and writes them; blank fields are "" (which clears an optional one). */
    static final class ProfileForm {
        String companyName;
        String locale;
        String currency;
        String operatingArea;
        String address;
        String taxId;
        String phone;
        String website;

        static ProfileForm of(Profile p) {
            ProfileForm f = new ProfileForm();
            f.companyName = p.companyName();
            f.locale = p.locale();
            f.currency = p.currency();
            f.operatingArea = p.operatingArea();
            f.address = p.address();
            f.taxId = p.taxId();
            f.phone = p.phone();
            f.website = p.website();
            return f;
        }

        ProfileChange change() {
            return new ProfileChange(companyName, locale, currency, operatingArea, address, taxId, phone, website);
        }
    }

    private final class SettingsView extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;
        private final Binder<ProfileForm> binder = new Binder<>();

        SettingsView(UiSession session) {
            Texts t = ShellTexts.of(session.locale());
            VerticalLayout page = addPage(this, t);
            Profile p = session.call(settings::profile);
            FieldErrors errors = new FieldErrors(session.locale());

            TextField company = field(errors, "companyName", t.get("settings.companyName"), "settings-company");
            bind(company, (f, v) -> f.companyName = v, f -> f.companyName);
            TextField locale = field(errors, "locale", t.get("settings.locale"), "settings-locale");
            bind(locale, (f, v) -> f.locale = v, f -> f.locale);
            locale.setDescription(t.get("settings.localeHint"));
            locale.setPlaceholder("en-IN");
            TextField currency = field(errors, "currency", t.get("settings.currency"), "settings-currency");
            bind(currency, (f, v) -> f.currency = v, f -> f.currency);
            currency.setPlaceholder("INR");
            currency.setMaxLength(3);
            TextField area = field(errors, "operatingArea", t.get("settings.operatingArea"), "settings-area");
            bind(area, (f, v) -> f.operatingArea = v, f -> f.operatingArea);
            TextArea address = new TextArea(t.get("settings.address"));
            address.setId("settings-address");
            address.setRows(3);
            address.setWidth("420px");
            errors.bind("address", address);
            bind(address, (f, v) -> f.address = v, f -> f.address);
            TextField taxId = field(errors, "taxId", t.get("settings.taxId"), "settings-taxid");
            bind(taxId, (f, v) -> f.taxId = v, f -> f.taxId);
            TextField phone = field(errors, "phone", t.get("settings.phone"), "settings-phone");
            bind(phone, (f, v) -> f.phone = v, f -> f.phone);
            TextField website = field(errors, "website", t.get("settings.website"), "settings-website");
            bind(website, (f, v) -> f.website = v, f -> f.website);
            binder.readBean(ProfileForm.of(p));
            FormLayout form = new FormLayout(company, locale, currency, area, address, taxId, phone, website);
            page.addComponent(Ui.muted(t.get("settings.plan", p.planId())));
            page.addComponent(form);

            if (!session.hasRole(Role.ADMIN)) {
                // The service refuses a viewer's or a salesperson's change anyway; the form says so up front.
                List.<AbstractTextField>of(company, locale, currency, area, address, taxId, phone, website).forEach(f -> f.setReadOnly(true));
                page.addComponent(Ui.muted(t.get("settings.readOnly")));
                return;
            }
            Button save = new Button(t.get("common.save"), e -> {
                ProfileForm values = new ProfileForm();
                binder.writeBeanIfValid(values);
                if (errors.attempt(session, () -> settings.update(values.change()))) {
                    session.notifySuccess(t.get("settings.saved"));
                }
            });
            save.setId("settings-save");
            save.setIcon(VaadinIcons.CHECK);
            save.addStyleName(ValoTheme.BUTTON_PRIMARY);
            page.addComponent(save);
        }

        /** Binds a text to the form: an absent value shows as "", and "" is written as is (it clears an optional field). */
        private void bind(HasValue<String> field, Setter<ProfileForm, String> setter, ValueProvider<ProfileForm, String> getter) {
            binder.forField(field).withConverter(v -> v, v -> v == null ? "" : v).bind(getter, setter);
        }

        private TextField field(FieldErrors errors, String name, String caption, String id) {
            TextField f = new TextField(caption);
            f.setId(id);
            f.setWidth("420px");
            errors.bind(name, f);
            return f;
        }
    }
}
