package org.offerbridge.customers.ui.internal;

import java.util.List;

import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewPage;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.data.provider.DataProvider;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Customer cards in a lazy grid (only the visible rows are fetched), a search box over name, phone and email,
 * and the card form. Sales and above change cards; viewers read them. {@code customers/<id>} opens a card.
 */
final class CustomersView extends ViewPage {
    private static final long serialVersionUID = 1L;

    /** A grid row: the card and its owner's name, resolved while the tenant is bound. */
    record Row(Customer customer, String ownerName) {
    }

    private final UiSession session;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final Texts t;
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Grid<Row> grid = new Grid<>();
    private final CallbackDataProvider<Row, Void> rows;
    private StaffNames names;

    CustomersView(UiSession session, CustomerDirectory customers, StaffDirectory staff) {
        super("customers", Texts.of(CustomersView.class, session.locale()).get("menu"));
        this.session = session;
        this.customers = customers;
        this.staff = staff;
        this.t = Texts.of(CustomersView.class, session.locale());
        count.setId("customers-count");

        search.setId("customers-search");
        search.setPlaceholder(t.get("search.placeholder"));
        search.setIcon(VaadinIcons.SEARCH);
        search.setWidth("24em");
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        Button add = new Button(t.get("new"), VaadinIcons.PLUS);
        add.setId("customers-new");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        add.addClickListener(e -> openForm(null));
        add.setVisible(writer());

        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);

        rows = DataProvider.fromCallbacks(
                q -> session.call(() -> rows(customers.page(query(), q.getOffset(), q.getLimit()))).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, session.call(() -> customers.count(query()))));
        grid.setId("customers-grid");
        grid.setDataProvider(rows);
        // Expand ratios rather than fixed widths: the columns share the view's width without a horizontal scrollbar.
        grid.addColumn(r -> r.customer().name()).setCaption(t.get("field.name")).setExpandRatio(3).setMinimumWidth(160);
        grid.addColumn(r -> nullToEmpty(r.customer().company())).setCaption(t.get("field.company")).setExpandRatio(2).setMinimumWidth(120);
        grid.addColumn(r -> nullToEmpty(r.customer().contactPerson())).setCaption(t.get("field.contactPerson")).setExpandRatio(2)
                .setMinimumWidth(120);
        grid.addColumn(r -> String.join(", ", r.customer().emails())).setCaption(t.get("field.emails")).setExpandRatio(3).setMinimumWidth(140);
        grid.addColumn(r -> String.join(", ", r.customer().phones())).setCaption(t.get("field.phones")).setExpandRatio(2).setMinimumWidth(130);
        grid.addColumn(Row::ownerName).setCaption(t.get("field.owner")).setExpandRatio(2).setMinimumWidth(110);
        grid.setWidth("100%");
        grid.setHeight("560px");
        grid.addItemClickListener(e -> openForm(e.getItem().customer()));

        addComponents(count, toolbar, grid);
        refresh();
    }

    /** {@code customers/<id>} opens that card (links from other views, e.g. a request's sender). */
    @Override
    public void enter(ViewChangeEvent event) {
        String id = event.getParameters() == null ? "" : event.getParameters().strip();
        if (!id.isEmpty()) {
            session.call(() -> customers.get(id)).ifPresentOrElse(this::openForm, () -> session.notifyError(t.get("gone")));
        }
    }

    private boolean writer() {
        return session.hasRole(Role.SALES);
    }

    private String query() {
        return search.getValue();
    }

    /** Rows for a page of cards; runs with the tenant bound. */
    private List<Row> rows(List<Customer> page) {
        return page.stream().map(c -> new Row(c, StaffNames.label(names.find(c.ownerId())))).toList();
    }

    void refresh() {
        session.run(() -> {
            names = new StaffNames(staff);
            long total = customers.count(query());
            count.setValue(query() == null || query().isBlank() ? t.get("count", total) : t.get("countFound", total));
        });
        rows.refreshAll();
    }

    private void openForm(Customer customer) {
        UI.getCurrent().addWindow(new CustomerForm(session, customers, names, customer, writer(), this::refresh));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
