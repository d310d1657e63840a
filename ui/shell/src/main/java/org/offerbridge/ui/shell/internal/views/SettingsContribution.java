package org.offerbridge.ui.shell.internal.views;

import java.util.Objects;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.admin.WorkspaceSettings.Profile;
import org.offerbridge.platform.api.admin.WorkspaceSettings.ProfileChange;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.ui.shell.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.AbstractTextField;
import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
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

    private final class SettingsView extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;

        SettingsView(UiSession session) {
            Texts t = ShellTexts.of(session.locale());
            VerticalLayout page = addPage(this, t);
            Profile p = session.call(settings::profile);

            TextField company = field(t.get("settings.companyName"), "settings-company", p.companyName());
            TextField locale = field(t.get("settings.locale"), "settings-locale", p.locale());
            locale.setDescription(t.get("settings.localeHint"));
            locale.setPlaceholder("en-IN");
            TextField currency = field(t.get("settings.currency"), "settings-currency", p.currency());
            currency.setPlaceholder("INR");
            currency.setMaxLength(3);
            TextField area = field(t.get("settings.operatingArea"), "settings-area", p.operatingArea());
            TextArea address = new TextArea(t.get("settings.address"));
            address.setId("settings-address");
            address.setValue(nz(p.address()));
            address.setRows(3);
            address.setWidth("420px");
            TextField taxId = field(t.get("settings.taxId"), "settings-taxid", p.taxId());
            TextField phone = field(t.get("settings.phone"), "settings-phone", p.phone());
            TextField website = field(t.get("settings.website"), "settings-website", p.website());
            FormLayout form = new FormLayout(company, locale, currency, area, address, taxId, phone, website);
            page.addComponent(Ui.muted(t.get("settings.plan", p.planId())));
            page.addComponent(form);

            boolean admin = session.hasRole(Role.ADMIN);
            if (!admin) {
                for (AbstractTextField f : new AbstractTextField[] {company, locale, currency, area, address, taxId, phone, website}) {
                    f.setReadOnly(true);
                }
                page.addComponent(Ui.muted(t.get("settings.readOnly")));
                return;
            }
            Button save = new Button(t.get("common.save"), e -> {
                ProfileChange change = new ProfileChange(company.getValue(), locale.getValue(), currency.getValue(),
                        area.getValue(), address.getValue(), taxId.getValue(), phone.getValue(), website.getValue());
                Profile[] saved = new Profile[1];
                if (session.attempt(() -> saved[0] = settings.update(change))) {
                    session.notifySuccess(t.get("settings.saved"));
                    if (!Objects.equals(saved[0].locale(), p.locale())) {
                        // The UI language follows the workspace locale: start again with the new one.
                        UI.getCurrent().getPage().reload();
                    }
                }
            });
            save.setId("settings-save");
            save.setIcon(VaadinIcons.CHECK);
            save.addStyleName(ValoTheme.BUTTON_PRIMARY);
            page.addComponent(save);
        }

        private TextField field(String caption, String id, String value) {
            TextField f = new TextField(caption);
            f.setId(id);
            f.setValue(nz(value));
            f.setWidth("420px");
            return f;
        }

        private String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
