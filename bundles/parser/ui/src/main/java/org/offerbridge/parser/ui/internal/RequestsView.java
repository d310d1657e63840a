package org.offerbridge.parser.ui.internal;

import java.util.List;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.ui.api.KeysetDataProvider;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewPage;

import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.server.Page;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;

/**
 * The request inbox: newest first in a lazy grid (pages fetched by key as the grid scrolls), filtered by status and
 * the channel it came by (e.g. the request-for-quote form's {@code webform} requests alone; the inbox filters and counts
 * them), and the selected request below it. {@code requests/<id>} opens one request directly; selecting a row puts its id
 * in the address, so the page can be bookmarked or reloaded.
 */
final class RequestsView extends ViewPage {
    private static final long serialVersionUID = 1L;
    static final String NAME = "requests";
    /** The channels the filter offers, as requests name them; null is "all". */
    static final List<String> CHANNELS = List.of("webform", "email", "whatsapp", "telegram", "instagram", "webhook", "api");
    /** The statuses the filter offers; null is "all". */
    static final List<String> FILTERS = List.of(IntakeRequest.PROPOSED, IntakeRequest.FAILED, IntakeRequest.REVIEW,
            IntakeRequest.CONFIRMED);
    private static final int SNIPPET = 80;

    private final UiSession session;
    private final RequestInbox inbox;
    private final Texts t;
    private final RequestLabels labels;
    private final ComboBox<String> status = new ComboBox<>();
    private final ComboBox<String> channel = new ComboBox<>();
    private final Label count = new Label();
    private final Grid<IntakeRequest> grid = new Grid<>();
    private final KeysetDataProvider<IntakeRequest> rows;
    private final RequestDetail detail;
    private final Label hint = new Label();

    RequestsView(UiSession session, RequestInbox inbox, CatalogService catalog) {
        super(NAME, Texts.of(RequestsView.class, session.locale()).get("menu"));
        this.session = session;
        this.inbox = inbox;
        this.t = Texts.of(RequestsView.class, session.locale());
        this.labels = new RequestLabels(t, Times.of(session));
        this.detail = new RequestDetail(session, inbox, new SkuPicker(session, catalog), t, this::refresh);

        count.setId("requests-count");
        status.setId("requests-status-filter");
        status.setCaption(t.get("filter.status"));
        status.setItems(FILTERS);
        status.setItemCaptionGenerator(labels::status);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t.get("filter.all"));
        status.setTextInputAllowed(false);
        status.addValueChangeListener(e -> refresh());
        channel.setId("requests-channel-filter");
        channel.setCaption(t.get("filter.channel"));
        channel.setItems(CHANNELS);
        channel.setItemCaptionGenerator(labels::channel);
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(t.get("filter.allChannels"));
        channel.setTextInputAllowed(false);
        channel.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(status, channel, count);
        toolbar.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);

        rows = KeysetDataProvider.ofPages(session, this::page, IntakeRequest::id, this::total);
        grid.setId("requests-grid");
        grid.setDataProvider(rows);
        grid.addColumn(r -> labels.time(r.receivedAt())).setCaption(t.get("field.received")).setExpandRatio(2).setMinimumWidth(150);
        grid.addColumn(r -> labels.channel(r.channel())).setCaption(t.get("field.channel")).setExpandRatio(1).setMinimumWidth(90);
        grid.addColumn(r -> labels.sender(r.sender())).setCaption(t.get("field.sender")).setExpandRatio(2).setMinimumWidth(140)
                .setMaximumWidth(320);
        grid.addColumn(r -> labels.status(r.status())).setCaption(t.get("field.status")).setExpandRatio(1).setMinimumWidth(100)
                .setStyleGenerator(r -> "ob-req-status-" + r.status());
        grid.addColumn(r -> labels.language(r.language())).setCaption(t.get("field.language")).setExpandRatio(1).setMinimumWidth(80);
        grid.addColumn(r -> TextSnippet.firstWords(r.text(), SNIPPET)).setCaption(t.get("field.text")).setExpandRatio(5).setMinimumWidth(200)
                .setMaximumWidth(560);
        // Columns share the width by ratio; the widest are capped so long texts never push out a scrollbar.
        grid.setWidth("100%");
        grid.setHeight("320px");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> select(r.id())));

        hint.setValue(t.get("select.hint"));
        hint.addStyleName("ob-muted");
        hint.setId("requests-hint");
        addComponents(toolbar, grid, hint, detail);
        refresh();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        String id = event.getParameters() == null ? "" : event.getParameters().strip();
        if (!id.isEmpty() && !detail.open(id)) {
            session.notifyError(t.get("notFound"));
        }
        hint.setVisible(!detail.isVisible());
    }

    /** Re-reads the count and the visible rows, from the start. */
    void refresh() {
        String kind = channel.getValue();
        long total = session.call(this::total);
        if (kind == null) {
            count.setValue(t.get(status.getValue() == null ? "count" : "countFiltered", total));
        } else {
            count.setValue(t.get("countChannel", total));
        }
        rows.refreshAll();
        hint.setVisible(!detail.isVisible());
    }

    /** The grid's rows: the inbox's pages of the chosen status and channel. */
    private org.offerbridge.platform.api.rest.Page<IntakeRequest> page(String cursor, int limit) {
        List<IntakeRequest> items = inbox.list(filter(), cursor, limit);
        return new org.offerbridge.platform.api.rest.Page<>(items, items.size() < limit || items.isEmpty() ? null : items.get(items.size() - 1).id());
    }

    private long total() {
        return inbox.count(filter());
    }

    private RequestInbox.Filter filter() {
        return new RequestInbox.Filter(status.getValue(), channel.getValue(), null);
    }

    private void select(String id) {
        if (id.equals(detail.requestId())) {
            return;
        }
        if (detail.open(id)) {
            hint.setVisible(false);
            Page.getCurrent().setUriFragment("!" + NAME + "/" + id, false);
        } else {
            session.notifyError(t.get("gone"));
            refresh();
        }
    }
}
