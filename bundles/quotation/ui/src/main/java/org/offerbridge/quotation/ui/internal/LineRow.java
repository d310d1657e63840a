package org.offerbridge.quotation.ui.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.offerbridge.catalog.api.Product;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.ui.api.Html;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.TextField;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One line in the editor: the snapshot the quote holds (or the catalog's product, for a line added since the
 * last save) and the two fields staff change, quantity and discount. A new line shows the catalog's base price
 * and no total: the service prices it (price lists, volume breaks) when the quote is saved.
 */
final class LineRow {
    final String sku;
    final String name;
    final String unit;
    final BigDecimal unitPrice;
    final BigDecimal taxRate;
    final BigDecimal lineTotal;
    /** The product's options chosen for the line; kept as they are when the quote is saved. */
    final Map<String, String> options;
    final TextField quantity = field(20);
    final TextField discount = field(8);
    final Button remove = new Button();

    private LineRow(String sku, String name, String unit, BigDecimal unitPrice, BigDecimal taxRate, BigDecimal lineTotal,
            Map<String, String> options) {
        this.sku = sku;
        this.options = options == null ? Map.of() : options;
        this.name = name == null ? "" : name;
        this.unit = unit == null ? "" : unit;
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
        this.lineTotal = lineTotal;
        remove.addStyleName(ValoTheme.BUTTON_SMALL);
        remove.addStyleName(ValoTheme.BUTTON_BORDERLESS);
    }

    static LineRow of(QuoteLine l, QuoteLabels labels) {
        LineRow r = new LineRow(l.sku(), l.name(), l.unit(), l.unitPrice(), l.taxRate(), l.lineTotal(), l.options());
        r.quantity.setValue(labels.decimal(l.quantity()));
        r.discount.setValue(l.discountPercent() == null || l.discountPercent().signum() == 0 ? "" : labels.decimal(l.discountPercent()));
        return r;
    }

    static LineRow of(Product p) {
        LineRow r = new LineRow(p.sku(), p.name(), p.unit(), p.price(), p.taxRate(), null, Map.of());
        r.quantity.setValue("1");
        return r;
    }

    /** The name, and under it the chosen options ("Colour: Blue · Size: M"), escaped, for the grid's HTML column. */
    String nameHtml() {
        if (options.isEmpty()) {
            return Html.escape(name);
        }
        String text = options.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · "));
        return Html.escape(name) + "<div class=\"ob-line-options\" style=\"font-size:smaller;opacity:.75;line-height:1.2\">"
                + Html.escape(text) + "</div>";
    }

    void setIndex(int i) {
        quantity.setId("quote-line-" + i + "-quantity");
        discount.setId("quote-line-" + i + "-discount");
        remove.setId("quote-line-" + i + "-remove");
    }

    void setEditable(boolean editable) {
        quantity.setReadOnly(!editable);
        discount.setReadOnly(!editable);
        remove.setVisible(editable);
    }

    void clearErrors() {
        quantity.setComponentError(null);
        discount.setComponentError(null);
    }

    /** A compact full-width field that reports its value when it loses focus. */
    private static TextField field(int maxLength) {
        TextField f = new TextField();
        f.addStyleName(ValoTheme.TEXTFIELD_SMALL);
        f.setWidth("100%");
        f.setMaxLength(maxLength);
        f.setValueChangeMode(ValueChangeMode.BLUR);
        return f;
    }
}
