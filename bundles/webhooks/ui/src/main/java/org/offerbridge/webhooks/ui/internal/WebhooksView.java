package org.offerbridge.webhooks.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.offerbridge.platform.api.Role;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewPage;
import org.offerbridge.webhooks.api.WebhookLog;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Endpoints and the delivery log: filter by endpoint and status, see a delivery's payload and every attempt, and
 * (admins) send it again. The newest 200 deliveries are listed; the REST API pages through all of them.
 */
final class WebhooksView extends ViewPage {
    private static final long serialVersionUID = 1L;
    static final int ROWS = 200;
    private static final List<String> STATUSES = List.of("pending", "delivered", "failed");

    private final UiSession session;
    private final WebhookLog log;
    private final Texts t;
    private final Times times;
    private final ComboBox<WebhookLog.Endpoint> endpoint = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final Grid<WebhookLog.Delivery> deliveries = new Grid<>();
    private final Grid<WebhookLog.Attempt> attempts = new Grid<>();
    private final TextArea payload = new TextArea();
    private final Label summary = new Label();
    private final Label detailTitle = new Label();
    private final Button replay;
    private final VerticalLayout detail = new VerticalLayout();
    private Map<String, String> urls = Map.of();

    WebhooksView(UiSession session, WebhookLog log) {
        super("webhooks", Texts.of(WebhooksViewContribution.class, session.locale()).get("menu"));
        this.session = session;
        this.log = log;
        this.t = Texts.of(WebhooksViewContribution.class, session.locale());
        this.times = Times.of(session);

        endpoint.setId("webhooks-endpoint");
        endpoint.setPlaceholder(t.get("allEndpoints"));
        endpoint.setItemCaptionGenerator(e -> e.url() + (e.enabled() ? "" : " (" + t.get("switchedOff") + ")"));
        endpoint.setWidth("28em");
        endpoint.addValueChangeListener(e -> refresh());
        status.setId("webhooks-status");
        status.setPlaceholder(t.get("allStatuses"));
        status.setItems(STATUSES);
        status.setItemCaptionGenerator(s -> t.get("status." + s));
        status.addValueChangeListener(e -> refresh());
        Button reload = new Button(t.get("refresh"), e -> refresh());
        reload.setId("webhooks-refresh");
        summary.setId("webhooks-summary");

        deliveries.setId("webhooks-deliveries");
        deliveries.addColumn(d -> times.dateTime(d.createdAt())).setCaption(t.get("created")).setWidth(180);
        deliveries.addColumn(WebhookLog.Delivery::eventType).setCaption(t.get("event")).setWidth(150);
        deliveries.addColumn(d -> urls.getOrDefault(d.endpointId(), d.endpointId())).setCaption(t.get("endpoint")).setExpandRatio(1);
        deliveries.addColumn(d -> t.get("status." + d.status())).setCaption(t.get("status")).setId("status").setWidth(120);
        deliveries.addColumn(WebhookLog.Delivery::attempts).setCaption(t.get("attempts")).setWidth(100);
        deliveries.addColumn(DeliveryOutcome::of).setCaption(t.get("lastResult")).setExpandRatio(1);
        deliveries.addColumn(d -> times.dateTime(d.nextAttemptAt())).setCaption(t.get("nextAttempt")).setWidth(180);
        deliveries.setWidth("100%");
        deliveries.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        payload.setId("webhooks-payload");
        payload.setCaption(t.get("payload"));
        payload.setReadOnly(true);
        payload.setWidth("100%");
        payload.setRows(8);
        payload.addStyleName("monospace");
        attempts.setId("webhooks-attempts");
        attempts.setCaption(t.get("attemptLog"));
        attempts.addColumn(a -> times.dateTime(a.attemptedAt())).setCaption(t.get("attemptedAt")).setWidth(180);
        attempts.addColumn(a -> t.get("trigger." + a.trigger())).setCaption(t.get("trigger")).setWidth(130);
        attempts.addColumn(a -> t.get("millis", a.durationMillis())).setCaption(t.get("duration")).setWidth(110);
        attempts.addColumn(DeliveryOutcome::of).setCaption(t.get("result")).setExpandRatio(1);
        attempts.setWidth("100%");
        replay = new Button(t.get("replay"), e -> replaySelected());
        replay.setId("webhooks-replay");
        replay.addStyleName(ValoTheme.BUTTON_PRIMARY);
        replay.setVisible(session.hasRole(Role.ADMIN));
        detailTitle.addStyleName(ValoTheme.LABEL_H3);
        detail.setMargin(false);
        detail.addComponents(detailTitle, replay, payload, attempts);
        detail.setVisible(false);

        addComponents(summary, new HorizontalLayout(endpoint, status, reload), deliveries, detail);
        loadEndpoints();
        refresh();
    }

    private void loadEndpoints() {
        List<WebhookLog.Endpoint> all = session.call(() -> log.endpoints(500));
        urls = all.stream().collect(Collectors.toMap(WebhookLog.Endpoint::id, WebhookLog.Endpoint::url));
        endpoint.setItems(all);
    }

    private void refresh() {
        String endpointId = endpoint.getValue() == null ? null : endpoint.getValue().id();
        List<WebhookLog.Delivery> rows = session.call(() -> log.deliveries(endpointId, status.getValue(), ROWS));
        summary.setValue(urls.isEmpty() ? t.get("noEndpoints") : t.get("summary", rows.size(), urls.size()));
        WebhookLog.Delivery selected = deliveries.asSingleSelect().getValue();
        deliveries.setItems(rows);
        deliveries.setHeightByRows(Math.max(1, Math.min(12, rows.size())));
        if (selected != null) {
            rows.stream().filter(d -> d.id().equals(selected.id())).findFirst().ifPresentOrElse(deliveries::select, () -> show(null));
        }
    }

    private void show(WebhookLog.Delivery d) {
        if (d == null) {
            detail.setVisible(false);
            return;
        }
        session.call(() -> log.delivery(d.id())).ifPresentOrElse(x -> {
            detailTitle.setValue(t.get("detail", x.delivery().eventType(), x.delivery().messageId()));
            payload.setReadOnly(false);
            payload.setValue(x.payload() == null ? "" : x.payload());
            payload.setReadOnly(true);
            List<WebhookLog.Attempt> list = new ArrayList<>(x.attempts());
            attempts.setItems(list);
            attempts.setHeightByRows(Math.max(1, Math.min(8, list.size())));
            detail.setVisible(true);
        }, () -> detail.setVisible(false));
    }

    private void replaySelected() {
        WebhookLog.Delivery d = deliveries.asSingleSelect().getValue();
        if (d == null) {
            return;
        }
        WebhookLog.Detail[] done = new WebhookLog.Detail[1];
        if (session.attempt(() -> done[0] = log.replay(d.id()))) {
            String outcome = DeliveryOutcome.of(done[0].attempts().isEmpty() ? null : done[0].attempts().get(done[0].attempts().size() - 1));
            session.notifySuccess(t.get("replayed", t.get("status." + done[0].delivery().status()), outcome));
            refresh();
            show(done[0].delivery());
        }
    }
}
