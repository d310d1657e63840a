package org.offerbridge.ui.shell.internal.views;

import java.util.List;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.platform.api.admin.StaffAdministration.Invitation;
import org.offerbridge.platform.api.admin.StaffAdministration.StaffUser;
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
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** Staff and roles: list, invite (token shown once), change role, deactivate and reactivate. */
@Component(service = ViewContribution.class)
public class UsersContribution extends PlatformViewContribution {
    private final StaffAdministration staff;

    @Activate
    public UsersContribution(@Reference StaffAdministration staff) {
        super("users", "menu.users", VaadinIcons.USERS, 910, Role.ADMIN);
        this.staff = staff;
    }

    @Override
    public View createView(UiSession session) {
        return new UsersView(session);
    }

    private final class UsersView extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;
        private final UiSession session;
        private final Texts t;
        private final Grid<StaffUser> users = new Grid<>();
        private final Grid<Invitation> invitations = new Grid<>();

        UsersView(UiSession session) {
            this.session = session;
            this.t = ShellTexts.of(session.locale());
            Times times = Times.of(session);
            VerticalLayout page = addPage(this, t);

            users.setId("users-grid");
            users.addColumn(StaffUser::email).setCaption(t.get("users.email"));
            users.addColumn(u -> u.displayName() == null ? "" : u.displayName()).setCaption(t.get("users.name"));
            users.addColumn(u -> t.get("role." + u.role().id())).setCaption(t.get("users.role"));
            users.addColumn(u -> u.active() ? t.get("users.active") : t.get("users.inactive")).setCaption(t.get("users.status"));
            users.addColumn(u -> u.lastLoginAt() == null ? t.get("users.never") : times.dateTime(u.lastLoginAt()))
                    .setCaption(t.get("users.lastLogin"));
            users.setWidth("100%");

            List<Role> grantable = session.hasRole(Role.OWNER) ? List.of(Role.values()) : List.of(Role.ADMIN, Role.SALES, Role.VIEWER);
            ComboBox<Role> newRole = Ui.roleBox(t, t.get("users.role"), grantable);
            newRole.setId("users-role");
            Button changeRole = new Button(t.get("users.changeRole"), e -> {
                StaffUser u = users.asSingleSelect().getValue();
                if (u != null && newRole.getValue() != null && session.attempt(() -> staff.changeRole(u.id(), newRole.getValue()))) {
                    session.notifySuccess(t.get("users.roleChanged", u.email()));
                    refresh();
                }
            });
            changeRole.setId("users-change-role");
            Button toggle = new Button(t.get("users.deactivate"), e -> {
                StaffUser u = users.asSingleSelect().getValue();
                if (u == null) {
                    return;
                }
                Runnable act = () -> {
                    if (session.attempt(() -> staff.setActive(u.id(), !u.active()))) {
                        session.notifySuccess(t.get(u.active() ? "users.deactivated" : "users.activated", u.email()));
                        refresh();
                    }
                };
                if (u.active()) {
                    Ui.confirm(t, t.get("users.confirmDeactivate", u.email()), act);
                } else {
                    act.run();
                }
            });
            toggle.setId("users-toggle-active");
            changeRole.setEnabled(false);
            toggle.setEnabled(false);
            newRole.setEnabled(false);
            users.asSingleSelect().addValueChangeListener(e -> {
                StaffUser u = e.getValue();
                boolean selected = u != null;
                changeRole.setEnabled(selected);
                toggle.setEnabled(selected);
                newRole.setEnabled(selected);
                if (selected) {
                    newRole.setValue(grantable.contains(u.role()) ? u.role() : null);
                    toggle.setCaption(u.active() ? t.get("users.deactivate") : t.get("users.activate"));
                }
            });
            HorizontalLayout actions = new HorizontalLayout(newRole, changeRole, toggle);
            actions.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
            page.addComponents(users, actions);

            page.addComponent(Ui.section(t.get("users.invite")));
            TextField email = new TextField(t.get("users.email"));
            email.setId("invite-email");
            email.setWidth("280px");
            ComboBox<Role> inviteRole = Ui.roleBox(t, t.get("users.role"), grantable);
            inviteRole.setId("invite-role");
            inviteRole.setValue(Role.SALES);
            Button invite = new Button(t.get("users.sendInvite"), e -> {
                StaffAdministration.Invited[] out = new StaffAdministration.Invited[1];
                if (session.attempt(() -> out[0] = staff.invite(email.getValue(), inviteRole.getValue()))) {
                    email.clear();
                    refresh();
                    Ui.showOnce(t, t.get("users.invitationCreated"), t.get("users.invitationExplain", out[0].invitation().email()),
                            out[0].token());
                }
            });
            invite.setId("invite-button");
            invite.setIcon(VaadinIcons.ENVELOPE);
            invite.addStyleName(ValoTheme.BUTTON_PRIMARY);
            HorizontalLayout inviteForm = new HorizontalLayout(email, inviteRole, invite);
            inviteForm.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
            page.addComponent(inviteForm);

            page.addComponent(Ui.section(t.get("users.openInvitations")));
            invitations.setId("invitations-grid");
            invitations.addColumn(Invitation::email).setCaption(t.get("users.email"));
            invitations.addColumn(i -> t.get("role." + i.role().id())).setCaption(t.get("users.role"));
            invitations.addColumn(i -> times.dateTime(i.expiresAt())).setCaption(t.get("users.expires"));
            invitations.addComponentColumn(i -> {
                Button revoke = new Button(t.get("users.revoke"), e -> {
                    if (session.attempt(() -> staff.revokeInvitation(i.id()))) {
                        session.notifySuccess(t.get("users.revoked", i.email()));
                        refresh();
                    }
                });
                revoke.addStyleName(ValoTheme.BUTTON_SMALL);
                return revoke;
            }).setCaption("");
            invitations.setWidth("100%");
            invitations.setSelectionMode(Grid.SelectionMode.NONE);
            page.addComponent(invitations);
            refresh();
        }

        private void refresh() {
            session.run(() -> {
                List<StaffUser> list = staff.list(1000);
                users.setItems(list);
                users.setHeightByRows(Math.max(1, Math.min(12, list.size())));
                List<Invitation> open = staff.openInvitations();
                invitations.setItems(open);
                invitations.setHeightByRows(Math.max(1, Math.min(8, open.size())));
            });
        }
    }
}
