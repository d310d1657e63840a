package org.offerbridge.systemmessages.ui.internal;

import java.util.List;
import java.util.Locale;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.SystemMessageLog.Entry;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.ui.api.ViewPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.renderers.HtmlRenderer;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The system-messages view: the tenant's problems the system found, clear one or all. Part of the
 * {@code system-messages} capability, so it shows only where the plan includes it and disappears when the
 * feature is uninstalled.
 */
@Component(service = ViewContribution.class)
public class SystemMessagesViewContribution extends CapabilityViewContribution {
    static final String CAPABILITY = "system-messages";
    private final SystemMessageLog log;

    @Activate
    public SystemMessagesViewContribution(@Reference SystemMessageLog log) {
        super("system-messages", CAPABILITY, VaadinIcons.WARNING, 500);
        this.log = log;
    }

    @Override
    public View createView(UiSession session) {
        return new SystemMessagesView(session);
    }

    private final class SystemMessagesView extends ViewPage {
        private static final long serialVersionUID = 1L;
        private final UiSession session;
        private final Texts t;
        private final Times times;
        private final Grid<Entry> grid = new Grid<>();
        private final CheckBox showCleared;
        private final Label summary = new Label();

        SystemMessagesView(UiSession session) {
            super("system-messages", Texts.of(SystemMessagesViewContribution.class, session.locale()).get("menu"));
            this.session = session;
            this.t = Texts.of(SystemMessagesViewContribution.class, session.locale());
            this.times = Times.of(session);
            summary.setId("system-messages-summary");
            showCleared = new CheckBox(t.get("showCleared"), false);
            showCleared.setId("system-messages-show-cleared");
            showCleared.addValueChangeListener(e -> refresh());
            boolean mayClear = session.hasRole(Role.SALES);
            Button clearSelected = new Button(t.get("clear"), e -> {
                Entry m = grid.asSingleSelect().getValue();
                if (m != null && session.attempt(() -> log.clear(m.id()))) {
                    session.notifySuccess(t.get("cleared"));
                    refresh();
                }
            });
            clearSelected.setId("system-messages-clear");
            clearSelected.setEnabled(false);
            Button clearAll = new Button(t.get("clearAll"), e -> {
                int[] n = new int[1];
                if (session.attempt(() -> n[0] = log.clearAll())) {
                    session.notifySuccess(t.get("clearedAll", n[0]));
                    refresh();
                }
            });
            clearAll.setId("system-messages-clear-all");
            clearAll.addStyleName(ValoTheme.BUTTON_PRIMARY);
            clearSelected.setVisible(mayClear);
            clearAll.setVisible(mayClear);
            grid.asSingleSelect().addValueChangeListener(e -> clearSelected.setEnabled(e.getValue() != null && e.getValue().clearedAt() == null));

            grid.setId("system-messages-grid");
            grid.addColumn(m -> icon(m.severity()), new HtmlRenderer()).setCaption("").setWidth(56);
            grid.addColumn(m -> times.dateTime(m.createdAt())).setCaption(t.get("at")).setWidth(190);
            grid.addColumn(m -> t.get("severity." + m.severity().name().toLowerCase(Locale.ROOT))).setCaption(t.get("severity")).setWidth(120);
            grid.addColumn(Entry::source).setCaption(t.get("source")).setWidth(140);
            grid.addColumn(Entry::message).setCaption(t.get("message")).setExpandRatio(1);
            grid.addColumn(m -> m.clearedAt() == null ? "" : t.get("clearedBy", times.dateTime(m.clearedAt()), m.clearedBy()))
                    .setCaption(t.get("status"));
            grid.setWidth("100%");

            HorizontalLayout actions = new HorizontalLayout(showCleared, clearSelected, clearAll);
            addComponents(summary, actions, grid);
            refresh();
        }

        private void refresh() {
            List<Entry> entries = session.call(() -> log.latest(showCleared.getValue(), 200));
            long open = session.call(log::countOpen);
            summary.setValue(t.get("summary", open));
            grid.setItems(entries);
            grid.setHeightByRows(Math.max(1, Math.min(15, entries.size())));
        }

        private String icon(SystemMessageLog.Severity s) {
            return switch (s) {
                case ERROR -> "<span style=\"color:#ed473b\">" + VaadinIcons.CLOSE_CIRCLE.getHtml() + "</span>";
                case WARNING -> "<span style=\"color:#e5a500\">" + VaadinIcons.WARNING.getHtml() + "</span>";
                default -> "<span style=\"color:#197de1\">" + VaadinIcons.INFO_CIRCLE.getHtml() + "</span>";
            };
        }
    }
}
