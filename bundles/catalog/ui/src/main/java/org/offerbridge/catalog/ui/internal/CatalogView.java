package org.offerbridge.catalog.ui.internal;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.platform.api.Role;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewPage;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.data.provider.DataProvider;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Products in a lazy grid (fine for 100,000 rows: only the visible page is fetched), a search box over SKU,
 * name and aliases, an edit form, CSV import with progress and CSV export.
 */
final class CatalogView extends ViewPage {
    private static final long serialVersionUID = 1L;
    private final UiSession session;
    private final CatalogService catalog;
    private final Texts t;
    private final TextField search = new TextField();
    private final CheckBox onlyActive;
    private final Label count = new Label();
    private final Grid<Product> grid = new Grid<>();
    private final CallbackDataProvider<Product, Void> products;

    CatalogView(UiSession session, CatalogService catalog) {
        super("catalog", Texts.of(CatalogView.class, session.locale()).get("menu"));
        this.session = session;
        this.catalog = catalog;
        this.t = Texts.of(CatalogView.class, session.locale());
        count.setId("catalog-count");

        search.setId("catalog-search");
        search.setPlaceholder(t.get("search.placeholder"));
        search.setIcon(VaadinIcons.SEARCH);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        onlyActive = new CheckBox(t.get("onlyActive"), false);
        onlyActive.setId("catalog-only-active");
        onlyActive.addValueChangeListener(e -> refresh());

        boolean admin = session.hasRole(Role.ADMIN);
        Button add = new Button(t.get("new"), VaadinIcons.PLUS);
        add.setId("catalog-new");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        add.addClickListener(e -> openForm(null));
        Button importCsv = new Button(t.get("import"), VaadinIcons.UPLOAD);
        importCsv.setId("catalog-import");
        importCsv.addClickListener(e -> UI.getCurrent().addWindow(new ImportDialog(session, catalog, this::refresh)));
        add.setVisible(admin);
        importCsv.setVisible(admin);
        Button exportCsv = new Button(t.get("export"), VaadinIcons.DOWNLOAD);
        exportCsv.setId("catalog-export");
        new FileDownloader(new StreamResource(this::export, "catalog.csv")).extend(exportCsv);

        HorizontalLayout toolbar = new HorizontalLayout(search, onlyActive, add, importCsv, exportCsv);
        toolbar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);

        products = DataProvider.fromCallbacks(
                q -> session.call(() -> catalog.page(search.getValue(), activeFilter(), q.getOffset(), q.getLimit())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, session.call(() -> catalog.count(search.getValue(), activeFilter()))));
        grid.setId("catalog-grid");
        grid.setDataProvider(products);
        grid.addColumn(Product::sku).setCaption(t.get("field.sku")).setWidth(170);
        grid.addColumn(Product::name).setCaption(t.get("field.name")).setExpandRatio(1);
        grid.addColumn(Product::unit).setCaption(t.get("field.unit")).setWidth(90);
        grid.addColumn(p -> Money.format(p.price(), p.currency(), session.locale())).setCaption(t.get("field.price"))
                .setStyleGenerator(p -> "v-align-right").setWidth(150);
        grid.addColumn(p -> p.stock() == null ? "—" : p.stock().stripTrailingZeros().toPlainString())
                .setCaption(t.get("field.stock")).setStyleGenerator(p -> "v-align-right").setWidth(100);
        grid.addColumn(p -> p.taxRate() == null ? "" : p.taxRate().stripTrailingZeros().toPlainString() + " %")
                .setCaption(t.get("field.taxRate")).setWidth(90);
        grid.addColumn(p -> String.join(", ", p.aliases())).setCaption(t.get("field.aliases")).setWidth(240);
        grid.addColumn(p -> String.join(", ", p.options().stream().map(o -> o.name()).toList())).setId("options")
                .setCaption(t.get("field.options")).setWidth(160);
        grid.addColumn(p -> p.active() ? t.get("yes") : t.get("no")).setCaption(t.get("field.active")).setWidth(90);
        grid.setWidth("100%");
        grid.setHeight("560px");
        grid.addItemClickListener(e -> openForm(e.getItem()));

        addComponents(count, toolbar, grid);
        refresh();
    }

    private Boolean activeFilter() {
        return onlyActive.getValue() ? Boolean.TRUE : null;
    }

    void refresh() {
        long total = session.call(() -> catalog.count(search.getValue(), activeFilter()));
        count.setValue(t.get("count", total));
        products.refreshAll();
    }

    private void openForm(Product product) {
        UI.getCurrent().addWindow(new ProductForm(session, catalog, product, session.hasRole(Role.ADMIN), this::refresh));
    }

    /** Exports to a temporary file first: the download stream is read after the tenant binding ends. */
    private InputStream export() {
        try {
            Path file = Files.createTempFile("catalog-export-", ".csv");
            session.run(() -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    catalog.exportCsv(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return new FileInputStream(file.toFile()) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        Files.deleteIfExists(file);
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            session.notifyError(e);
            return null;
        }
    }

    /** Money with the currency code, in the user's number format. */
    static final class Money {
        private Money() {
        }

        static String format(BigDecimal amount, String currency, java.util.Locale locale) {
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
            int digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
            f.setMinimumFractionDigits(Math.max(digits, 0));
            f.setMaximumFractionDigits(Math.max(digits, amount.stripTrailingZeros().scale()));
            return f.format(amount) + " " + currency;
        }
    }
}
