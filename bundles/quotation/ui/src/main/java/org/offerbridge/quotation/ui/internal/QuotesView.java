package org.offerbridge.quotation.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteService;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewPage;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The workspace's quotes, newest first, a page at a time (the service pages by cursor), filtered by status, and
 * the selected quote below. {@code quotes/<id>} opens one quote directly; selecting a row puts its id in the
 * address, so the page can be bookmarked or reloaded.
 */
final class QuotesView extends ViewPage {
    private static final long serialVersionUID = 1L;
    static final String NAME = "quotes";
    /** The statuses the filter offers, in lifecycle order; no selection is "all". */
    static final List<QuoteStatus> FILTERS = Arrays.asList(QuoteStatus.values());
    static final int PAGE_SIZE = 25;

    private final UiSession session;
    private final QuoteService quotes;
    private final Texts t;
    private final QuoteLabels labels;
    private final ComboBox<QuoteStatus> status = new ComboBox<>();
    private final Grid<Quote> grid = new Grid<>();
    private final CursorPages pages = new CursorPages();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Label pageLabel = new Label();
    private final QuoteDetail detail;
    private final Label hint = new Label();

    QuotesView(UiSession session, QuoteService quotes, ProductPicker picker, QuotePdfs pdfs, UiOrigin origin,
            ConversationRoute conversations) {
        super(NAME, Texts.of(QuotesView.class, session.locale()).get("menu"));
        this.session = session;
        this.quotes = quotes;
        this.t = Texts.of(QuotesView.class, session.locale());
        this.labels = new QuoteLabels(t, session.principal().userId(), Times.of(session));
        this.detail = new QuoteDetail(session, quotes, picker, pdfs, origin, t, labels, this::changed, conversations);

        status.setId("quotes-status-filter");
        status.setCaption(t.get("filter.status"));
        status.setItems(FILTERS);
        status.setItemCaptionGenerator(labels::status);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t.get("filter.all"));
        status.setTextInputAllowed(false);
        status.addValueChangeListener(e -> {
            pages.reset();
            load();
        });

        grid.setId("quotes-grid");
        grid.addColumn(Quote::number).setCaption(t.get("field.number")).setExpandRatio(2).setMinimumWidth(150);
        grid.addColumn(q -> labels.customer(q.customer())).setCaption(t.get("field.customer")).setExpandRatio(3).setMinimumWidth(160)
                .setMaximumWidth(360);
        grid.addColumn(q -> labels.status(q.status())).setCaption(t.get("field.status")).setExpandRatio(1).setMinimumWidth(100)
                .setStyleGenerator(q -> "ob-quote-status-" + q.status().id());
        grid.addColumn(q -> labels.money(q.totals().gross(), q.currency())).setCaption(t.get("field.total")).setExpandRatio(2)
                .setMinimumWidth(130).setStyleGenerator(q -> "v-align-right");
        grid.addColumn(q -> labels.date(q.validUntil())).setCaption(t.get("field.validUntil")).setExpandRatio(1).setMinimumWidth(110);
        grid.addColumn(q -> labels.time(q.createdAt())).setCaption(t.get("field.created")).setExpandRatio(2).setMinimumWidth(150);
        grid.setWidth("100%");
        grid.setHeight("320px");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(q -> select(q.id())));

        previous.setId("quotes-previous");
        previous.setIcon(VaadinIcons.ANGLE_LEFT);
        previous.setDescription(t.get("page.previous"));
        previous.addStyleName(ValoTheme.BUTTON_SMALL);
        previous.addClickListener(e -> {
            pages.back();
            load();
        });
        next.setId("quotes-next");
        next.setIcon(VaadinIcons.ANGLE_RIGHT);
        next.setDescription(t.get("page.next"));
        next.addStyleName(ValoTheme.BUTTON_SMALL);
        next.addClickListener(e -> {
            pages.forward();
            load();
        });
        pageLabel.setId("quotes-page");
        HorizontalLayout pager = new HorizontalLayout(previous, pageLabel, next);
        pager.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
        HorizontalLayout toolbar = new HorizontalLayout(status, pager);
        toolbar.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);

        hint.setValue(t.get("select.hint"));
        hint.addStyleName("ob-muted");
        hint.setId("quotes-hint");
        addComponents(toolbar, grid, hint, detail);
        load();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        String id = event.getParameters() == null ? "" : event.getParameters().strip();
        if (!id.isEmpty() && !detail.open(id)) {
            session.notifyError(t.get("notFound"));
        }
        hint.setVisible(!detail.isVisible());
    }

    /** Shows the current page of the filter's quotes. */
    private void load() {
        QuoteStatus s = status.getValue();
        Page<Quote> page = session.call(() -> quotes.list(s, PageRequest.of(PAGE_SIZE, pages.current())));
        pages.loaded(page.nextCursor());
        grid.setItems(page.items());
        previous.setEnabled(pages.hasPrevious());
        next.setEnabled(pages.hasNext());
        pageLabel.setValue(t.get(page.items().isEmpty() ? "page.empty" : "page", pages.number()));
        hint.setVisible(!detail.isVisible());
    }

    /**
     * An action changed a quote (null: it vanished). A new revision is among the newest quotes, so the list goes
     * to its first page; otherwise it stays on the page staff were looking at.
     */
    private void changed(Quote q) {
        if (q != null && q.previousId() != null && q.status() == QuoteStatus.DRAFT) {
            pages.reset();
        }
        load();
        if (detail.quoteId() != null) {
            com.vaadin.server.Page.getCurrent().setUriFragment("!" + NAME + "/" + detail.quoteId(), false);
        }
    }

    private void select(String id) {
        if (id.equals(detail.quoteId())) {
            return;
        }
        if (detail.open(id)) {
            hint.setVisible(false);
            com.vaadin.server.Page.getCurrent().setUriFragment("!" + NAME + "/" + id, false);
        } else {
            session.notifyError(t.get("gone"));
            load();
        }
    }
}
