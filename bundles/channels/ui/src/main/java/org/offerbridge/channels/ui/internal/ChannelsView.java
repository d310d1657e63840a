package org.offerbridge.channels.ui.internal;

import java.util.List;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.platform.api.Role;
import org.offerbridge.ui.api.ConfirmDialog;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewPage;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The workspace's channels: kind, name, status with its reason, last activity and error, the inbound URL. Admins
 * connect a channel (only the kinds installed are offered), change it, test it and delete it; other roles read.
 */
final class ChannelsView extends ViewPage {
    private static final long serialVersionUID = 1L;
    /** Channels per call to the service (its largest page); the view reads every page, a workspace may have more. */
    static final int PAGE = 500;

    private final transient UiSession session;
    private final transient ChannelService channels;
    private final Texts t;
    private final Label summary = new Label();
    private final Grid<Channel> grid = new Grid<>();
    private final Button edit;
    private final Button test;
    private final Button delete;

    ChannelsView(UiSession session, ChannelService channels) {
        super("channels", Texts.of(ChannelsViewContribution.class, session.locale()).get("menu"));
        this.session = session;
        this.channels = channels;
        this.t = Texts.of(ChannelsViewContribution.class, session.locale());
        Times times = Times.of(session);
        boolean admin = session.hasRole(Role.ADMIN);

        summary.setId("channels-summary");
        grid.setId("channels-grid");
        grid.addColumn(Channel::name).setCaption(t.get("name")).setWidth(200);
        grid.addColumn(c -> kindCaption(t, c.kind())).setCaption(t.get("kind")).setWidth(150);
        grid.addColumn(c -> statusText(t, c)).setCaption(t.get("status")).setId("status").setWidth(260);
        grid.addColumn(Channel::inboundUrl).setCaption(t.get("inboundUrl")).setExpandRatio(1);
        grid.addColumn(c -> c.lastInboundAt() == null ? "" : times.dateTime(c.lastInboundAt())).setCaption(t.get("lastInbound")).setWidth(180);
        grid.addColumn(c -> c.lastOutboundAt() == null ? "" : times.dateTime(c.lastOutboundAt())).setCaption(t.get("lastOutbound")).setWidth(180);
        grid.addColumn(c -> c.lastError() == null ? "" : c.lastError()).setCaption(t.get("lastError")).setWidth(240);
        grid.setStyleGenerator(c -> Channel.NEEDS_ATTENTION.equals(c.status()) ? "ob-attention" : null);
        grid.setWidth("100%");

        Button connect = new Button(t.get("connect.button"), VaadinIcons.PLUS);
        connect.setId("channels-connect");
        connect.addStyleName(ValoTheme.BUTTON_PRIMARY);
        connect.addClickListener(e -> connect());
        edit = new Button(t.get("edit"), VaadinIcons.EDIT);
        edit.setId("channels-edit");
        edit.addClickListener(e -> selected(c -> UI.getCurrent().addWindow(ChannelDialog.edit(session, channels, t, c, saved -> {
            session.notifySuccess(t.get("saved", saved.name()));
            refresh(saved.id());
        }))));
        test = new Button(t.get("test"), VaadinIcons.CHECK_CIRCLE_O);
        test.setId("channels-test");
        test.addClickListener(e -> selected(this::test));
        delete = new Button(t.get("delete"), VaadinIcons.TRASH);
        delete.setId("channels-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        delete.addClickListener(e -> selected(c -> ConfirmDialog.ask("channel-delete", t.get("delete.title"),
                t.get("delete.question", c.name()), t.get("delete"), t.get("cancel"), true, () -> {
                    if (session.attempt(() -> channels.delete(c.id()))) {
                        session.notifySuccess(t.get("deleted", c.name()));
                        refresh(null);
                    }
                })));
        HorizontalLayout actions = new HorizontalLayout(connect, edit, test, delete);
        actions.setVisible(admin);
        grid.asSingleSelect().addValueChangeListener(e -> enableActions());
        addComponents(summary, actions, grid);
        refresh(null);
    }

    @Override
    public void attach() {
        super.attach();
        // channels that need attention stand out in the list (the shell's theme has no style for it)
        com.vaadin.server.Page.getCurrent().getStyles().add(".ob-attention td{color:#b45309;font-weight:600}");
    }

    static String kindCaption(Texts t, String kind) {
        return t.has("kind." + kind) ? t.get("kind." + kind) : kind;
    }

    static String statusText(Texts t, Channel c) {
        String status = t.has("status." + c.status()) ? t.get("status." + c.status()) : c.status();
        return c.statusReason() == null || c.statusReason().isBlank() ? status : status + " – " + c.statusReason();
    }

    private void connect() {
        List<String> kinds = session.call(channels::kinds);
        if (kinds.isEmpty()) {
            session.notifyError(t.get("noKinds"));
            return;
        }
        UI.getCurrent().addWindow(ChannelDialog.connect(session, channels, t, kinds, created -> {
            refresh(created.channel().id());
            CreatedDialog.show(t, created);
        }));
    }

    private void test(Channel c) {
        Channel[] tested = new Channel[1];
        if (session.attempt(() -> tested[0] = channels.test(c.id()))) {
            String text = t.get("tested", tested[0].name(), statusText(t, tested[0]));
            if (Channel.CONNECTED.equals(tested[0].status())) {
                session.notifySuccess(text);
            } else {
                session.notifyError(text);
            }
            refresh(tested[0].id());
        }
    }

    private void selected(java.util.function.Consumer<Channel> action) {
        Channel c = grid.asSingleSelect().getValue();
        if (c != null) {
            action.accept(c);
        }
    }

    private void enableActions() {
        boolean one = grid.asSingleSelect().getValue() != null;
        edit.setEnabled(one);
        test.setEnabled(one);
        delete.setEnabled(one);
    }

    private List<Channel> all() {
        List<Channel> all = new java.util.ArrayList<>();
        for (List<Channel> page = channels.list(null, PAGE); ; page = channels.list(page.get(page.size() - 1).id(), PAGE)) {
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private void refresh(String selectId) {
        List<Channel> list = session.call(this::all);
        summary.setValue(t.get("summary", list.size()));
        grid.setItems(list);
        grid.setHeightByRows(Math.max(1, Math.min(15, list.size())));
        if (selectId != null) {
            list.stream().filter(c -> c.id().equals(selectId)).findFirst().ifPresent(grid::select);
        }
        enableActions();
    }
}
