package org.offerbridge.quotation.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerbridge.catalog.api.Product;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteChange;
import org.offerbridge.quotation.api.QuoteDraft.LineInput;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Decimals;
import org.offerbridge.ui.api.FieldErrors;

import com.vaadin.data.provider.ListDataProvider;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.UserError;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.renderers.HtmlRenderer;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A draft's lines as staff edit them (quantity and discount per line, add a product from the catalog, remove a
 * line), its validity date and whether its prices include tax. Checks what it can before the service sees it,
 * and marks the field of a problem the service names ({@code lines[1].quantity}, {@code validUntil}).
 */
final class LinesEditor extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)\\](?:\\.(\\w+))?");
    private static final int VISIBLE_ROWS = 8;

    private final QuoteLabels labels;
    private final Texts t;
    private final List<LineRow> rows = new ArrayList<>();
    private final Grid<LineRow> grid = new Grid<>();
    private final ComboBox<Product> addProduct;
    private final DateField validUntil = new DateField();
    private final CheckBox includesTax = new CheckBox();
    private final Label hint = new Label();
    private Quote quote;

    LinesEditor(ProductPicker picker, QuoteLabels labels, Texts t) {
        this.labels = labels;
        this.t = t;
        setMargin(false);
        setWidth("100%");

        grid.setId("quote-lines");
        grid.setWidth("100%");
        grid.setDataProvider(new ListDataProvider<>(rows));
        grid.addColumn(r -> r.sku).setCaption(t.get("line.sku")).setExpandRatio(2).setMinimumWidth(110);
        grid.addColumn(LineRow::nameHtml, new HtmlRenderer()).setCaption(t.get("line.name")).setExpandRatio(4).setMinimumWidth(160);
        grid.addComponentColumn(r -> r.quantity).setCaption(t.get("line.quantity")).setExpandRatio(1).setMinimumWidth(90)
                .setMaximumWidth(140);
        grid.addColumn(r -> r.unit).setCaption(t.get("line.unit")).setExpandRatio(1).setMinimumWidth(60);
        grid.addColumn(r -> labels.money(r.unitPrice, currency())).setCaption(t.get("line.unitPrice")).setExpandRatio(2)
                .setMinimumWidth(110).setStyleGenerator(r -> "v-align-right");
        grid.addComponentColumn(r -> r.discount).setCaption(t.get("line.discount")).setExpandRatio(1).setMinimumWidth(80)
                .setMaximumWidth(120);
        grid.addColumn(r -> labels.percent(r.taxRate)).setCaption(t.get("line.taxRate")).setExpandRatio(1).setMinimumWidth(70)
                .setStyleGenerator(r -> "v-align-right");
        grid.addColumn(r -> r.lineTotal == null ? t.get("line.pricedOnSave") : labels.money(r.lineTotal, currency()))
                .setCaption(t.get("line.total")).setExpandRatio(2).setMinimumWidth(120).setStyleGenerator(r -> "v-align-right");
        grid.addComponentColumn(r -> r.remove).setWidth(64);
        // the inputs' own width would set their columns' natural width: the caps keep the row inside the view
        grid.setBodyRowHeight(40);
        grid.setSelectionMode(Grid.SelectionMode.NONE);

        addProduct = picker.create(t.get("line.addPlaceholder"));
        addProduct.setId("quote-add-product");
        addProduct.setCaption(t.get("line.add"));
        addProduct.setWidth("28em");
        addProduct.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isUserOriginated()) {
                add(e.getValue());
                addProduct.clear();
            }
        });

        validUntil.setId("quote-valid-until");
        validUntil.setCaption(t.get("field.validUntil"));
        validUntil.setLocale(t.locale());
        validUntil.setDateFormat("yyyy-MM-dd");
        includesTax.setId("quote-prices-include-tax");
        includesTax.setCaption(t.get("field.pricesIncludeTax"));
        HorizontalLayout settings = new HorizontalLayout(addProduct, validUntil, includesTax);
        settings.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);

        hint.setValue(t.get("line.hint"));
        hint.addStyleName(ValoTheme.LABEL_SMALL);
        hint.addStyleName("ob-muted");
        addComponents(grid, settings, hint);
    }

    void load(Quote q, boolean editable) {
        this.quote = q;
        rows.clear();
        for (QuoteLine l : q.lines()) {
            rows.add(LineRow.of(l, labels));
        }
        rows.forEach(this::wire);
        // a line with options shows them under its name: a taller row
        grid.setBodyRowHeight(rows.stream().anyMatch(r -> !r.options.isEmpty()) ? 52 : 40);
        validUntil.setValue(q.validUntil());
        validUntil.setComponentError(null);
        includesTax.setValue(q.pricesIncludeTax());
        validUntil.setReadOnly(!editable);
        includesTax.setReadOnly(!editable);
        addProduct.setVisible(editable);
        hint.setVisible(editable);
        // the remove column stays (its buttons hide): a column hidden and shown again leaves the widths stale
        rows.forEach(r -> r.setEditable(editable));
        refresh();
    }

    /** True when something differs from the quote as loaded. */
    boolean dirty() {
        return quote != null && (LineChanges.differ(quote.lines(), typed()) || !Objects.equals(validUntil.getValue(), quote.validUntil())
                || includesTax.getValue() != quote.pricesIncludeTax());
    }

    /**
     * The change to save: the lines when any changed (the service prices them again), the date and the tax
     * toggle when they differ. Null after marking the fields at fault.
     */
    QuoteChange change() {
        clearErrors();
        List<LineInput> lines = new ArrayList<>();
        boolean ok = true;
        for (LineRow r : rows) {
            BigDecimal q = checked(r.quantity, true);
            BigDecimal d = checked(r.discount, false);
            if (q == null || (d == null && !r.discount.getValue().isBlank())) {
                ok = false;
            }
            lines.add(new LineInput(r.sku, q, d, r.options));
        }
        if (validUntil.getValue() == null) {
            validUntil.setComponentError(new UserError(t.get("error.validUntil")));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        LocalDate date = Objects.equals(validUntil.getValue(), quote.validUntil()) ? null : validUntil.getValue();
        Boolean tax = includesTax.getValue() == quote.pricesIncludeTax() ? null : includesTax.getValue();
        return new QuoteChange(LineChanges.differ(quote.lines(), lines) ? lines : null, date, tax, null);
    }

    /** The editor's component for a field a problem names, called as staff read it ("Line 2, quantity"); null when none. */
    FieldErrors.Target target(String field) {
        if (field == null) {
            return null;
        }
        if ("validUntil".equals(field)) {
            return new FieldErrors.Target(validUntil, ProblemText.field(field, t));
        }
        Matcher m = LINE_FIELD.matcher(field);
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(1));
        if (i >= rows.size()) {
            return null;
        }
        LineRow r = rows.get(i);
        return new FieldErrors.Target("discountPercent".equals(m.group(2)) ? r.discount : r.quantity, ProblemText.field(field, t));
    }

    private void add(Product p) {
        LineRow r = LineRow.of(p);
        wire(r);
        rows.add(r);
        refresh();
        r.quantity.focus();
    }

    private void wire(LineRow r) {
        r.remove.setIcon(VaadinIcons.TRASH);
        r.remove.setDescription(t.get("line.remove"));
        r.remove.addClickListener(e -> {
            rows.remove(r);
            refresh();
        });
        r.quantity.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                checked(r.quantity, true);
            }
        });
        r.discount.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                checked(r.discount, false);
            }
        });
    }

    /** The lines as typed, without marking anything; a row whose numbers do not parse is null. */
    private List<LineInput> typed() {
        List<LineInput> lines = new ArrayList<>();
        for (LineRow r : rows) {
            try {
                lines.add(new LineInput(r.sku, Decimals.parse(r.quantity.getValue(), t.locale()), Decimals.parse(r.discount.getValue(), t.locale()),
                        r.options));
            } catch (NumberFormatException e) {
                lines.add(null);
            }
        }
        return lines;
    }

    /** The field's number, or null after marking it; a blank discount is "none" and not marked. */
    private BigDecimal checked(TextField f, boolean quantity) {
        BigDecimal v;
        try {
            v = Decimals.parse(f.getValue(), t.locale());
        } catch (NumberFormatException e) {
            f.setComponentError(new UserError(t.get("error.number", Decimals.format(new BigDecimal("2.5"), t.locale()))));
            return null;
        }
        if (quantity ? !LineLimits.quantity(v) : !LineLimits.discount(v)) {
            f.setComponentError(new UserError(quantity ? t.get("error.quantity", LineLimits.MAX_DECIMALS) : t.get("error.discount")));
            return null;
        }
        f.setComponentError(null);
        return v;
    }

    private void clearErrors() {
        rows.forEach(LineRow::clearErrors);
        validUntil.setComponentError(null);
    }

    private void refresh() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setIndex(i);
        }
        grid.getDataProvider().refreshAll();
        grid.setHeightByRows(Math.max(1, Math.min(rows.size(), VISIBLE_ROWS)));
    }

    private String currency() {
        return quote == null ? null : quote.currency();
    }
}
