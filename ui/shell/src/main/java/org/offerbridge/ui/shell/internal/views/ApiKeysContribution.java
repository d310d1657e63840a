package org.offerbridge.ui.shell.internal.views;

import java.util.List;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.ApiKeyAdministration;
import org.offerbridge.platform.api.admin.ApiKeyAdministration.ApiKey;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.ui.shell.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** Integration API keys: create (the key is shown once) and revoke. */
@Component(service = ViewContribution.class)
public class ApiKeysContribution extends PlatformViewContribution {
    private final ApiKeyAdministration keys;

    @Activate
    public ApiKeysContribution(@Reference ApiKeyAdministration keys) {
        super("api-keys", "menu.apiKeys", VaadinIcons.KEY, 920, Role.ADMIN);
        this.keys = keys;
    }

    @Override
    public View createView(UiSession session) {
        return new ApiKeysView(session);
    }

    private final class ApiKeysView extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;
        private final UiSession session;
        private final Grid<ApiKey> grid = new Grid<>();

        ApiKeysView(UiSession session) {
            this.session = session;
            Texts t = ShellTexts.of(session.locale());
            Times times = Times.of(session);
            VerticalLayout page = addPage(this, t);
            page.addComponent(Ui.muted(t.get("apiKeys.explain")));

            TextField name = new TextField(t.get("apiKeys.name"));
            name.setId("apikey-name");
            name.setWidth("280px");
            name.setMaxLength(100);
            List<Role> roles = session.hasRole(Role.OWNER) || session.hasRole(Role.ADMIN)
                    ? List.of(Role.ADMIN, Role.SALES, Role.VIEWER) : List.of(Role.SALES, Role.VIEWER);
            ComboBox<Role> role = Ui.roleBox(t, t.get("apiKeys.role"), roles);
            role.setId("apikey-role");
            role.setValue(Role.SALES);
            Button create = new Button(t.get("apiKeys.create"), e -> {
                ApiKeyAdministration.CreatedKey[] out = new ApiKeyAdministration.CreatedKey[1];
                if (session.attempt(() -> out[0] = keys.create(name.getValue(), role.getValue()))) {
                    name.clear();
                    refresh();
                    Ui.showOnce(t, t.get("apiKeys.created"), t.get("apiKeys.createdExplain", out[0].key().name()), out[0].secret());
                }
            });
            create.setId("apikey-create");
            create.setIcon(VaadinIcons.PLUS);
            create.addStyleName(ValoTheme.BUTTON_PRIMARY);
            HorizontalLayout form = new HorizontalLayout(name, role, create);
            form.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
            page.addComponent(form);

            grid.setId("apikeys-grid");
            grid.addColumn(ApiKey::name).setCaption(t.get("apiKeys.name"));
            grid.addColumn(k -> t.get("role." + k.role().id())).setCaption(t.get("apiKeys.role"));
            grid.addColumn(k -> times.dateTime(k.createdAt())).setCaption(t.get("apiKeys.createdAt"));
            grid.addColumn(k -> k.lastUsedAt() == null ? t.get("users.never") : times.dateTime(k.lastUsedAt()))
                    .setCaption(t.get("apiKeys.lastUsed"));
            grid.addComponentColumn(k -> {
                if (!k.active()) {
                    Label revoked = new Label(t.get("apiKeys.revokedAt", times.dateTime(k.revokedAt())));
                    revoked.addStyleName("ob-muted");
                    return revoked;
                }
                Button revoke = new Button(t.get("apiKeys.revoke"), e -> Ui.confirm(t, t.get("apiKeys.confirmRevoke", k.name()), () -> {
                    if (session.attempt(() -> keys.revoke(k.id()))) {
                        session.notifySuccess(t.get("apiKeys.revoked", k.name()));
                        refresh();
                    }
                }));
                revoke.addStyleName(ValoTheme.BUTTON_SMALL);
                revoke.addStyleName(ValoTheme.BUTTON_DANGER);
                return revoke;
            }).setCaption(t.get("apiKeys.status")).setWidth(220);
            grid.setWidth("100%");
            grid.setSelectionMode(Grid.SelectionMode.NONE);
            page.addComponent(grid);
            refresh();
        }

        private void refresh() {
            List<ApiKey> list = session.call(keys::list);
            grid.setItems(list);
            grid.setHeightByRows(Math.max(1, Math.min(12, list.size())));
        }
    }
}
