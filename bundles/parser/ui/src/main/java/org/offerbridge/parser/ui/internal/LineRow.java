package org.offerbridge.parser.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.parser.api.Span;
import org.offerbridge.ui.api.Html;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;

/**
 * One catalog line in the editor with its own fields: the SKU picker, the quantity, and the product's name,
 * unit, price and the parser's confidence as shown. A staff-chosen SKU shows the catalog's base price until the
 * proposal is saved and priced again.
 */
final class LineRow {
    final ComboBox<SkuChoice> sku;
    final TextField quantity = RowFields.quantity();
    final Label name = new Label();
    final Label unit = new Label();
    final Label price = new Label();
    final Label confidence = new Label();
    final Button remove = RowFields.remove();
    private final Locale locale;
    private final List<Span> spans;
    /** The product's options chosen for the line, kept through an edit until staff pick another product. */
    private Map<String, String> options = Map.of();

    LineRow(ComboBox<SkuChoice> sku, Locale locale, List<Span> spans) {
        this.sku = sku;
        this.locale = locale;
        this.spans = List.copyOf(spans);
        name.setWidth("100%");
        name.setContentMode(ContentMode.HTML);
    }

    /** A line as the parser or an earlier save left it. */
    static LineRow of(ProposalLine l, ComboBox<SkuChoice> sku, Locale locale, List<Span> spans) {
        LineRow row = new LineRow(sku, locale, spans);
        if (l.sku() != null) {
            sku.setValue(new SkuChoice(l.sku(), l.name(), l.unit(), null, l.currency()));
        }
        row.quantity.setValue(Quantities.format(l.quantity(), locale));
        row.options = l.options();
        row.showName(l.name());
        row.unit.setValue(nullToEmpty(l.unit()));
        row.price.setValue(priceText(l.unitPrice(), l.currency(), locale));
        row.confidence.setValue(l.confidence() == null ? "" : NumberFormat.getPercentInstance(locale).format(l.confidence()));
        return row;
    }

    /** Shows a product staff picked: its name, unit and base price; no parser confidence. */
    void picked(SkuChoice c) {
        options = Map.of(); // they were the other product's
        showName(c.name());
        unit.setValue(nullToEmpty(c.unit()));
        price.setValue(priceText(c.price() == null ? null : c.price().toPlainString(), c.currency(), locale));
        confidence.setValue("");
    }

    List<Span> spans() {
        return spans;
    }

    Map<String, String> options() {
        return options;
    }

    /** The name, and under it the chosen options ("Colour: Blue · Size: M"), both escaped. */
    private void showName(String productName) {
        String text = optionsText(options);
        name.setValue(Html.escape(nullToEmpty(productName)) + (text.isEmpty() ? ""
                : "<div class=\"ob-line-options\" style=\"font-size:smaller;opacity:.75;line-height:1.2\">" + Html.escape(text) + "</div>"));
    }

    /** "Colour: Blue · Size: M"; empty for none. */
    static String optionsText(Map<String, String> options) {
        return options.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · "));
    }

    void setIndex(int i) {
        sku.setId("request-line-" + i + "-sku");
        quantity.setId("request-line-" + i + "-quantity");
        remove.setId("request-line-" + i + "-remove");
        price.setId("request-line-" + i + "-price");
        name.setId("request-line-" + i + "-name");
    }

    void setEditable(boolean editable) {
        sku.setReadOnly(!editable);
        quantity.setReadOnly(!editable);
        remove.setVisible(editable);
    }

    /** The quantity typed, or null when blank; throws {@link NumberFormatException} when it is no number. */
    BigDecimal quantityValue() {
        return Quantities.parse(quantity.getValue(), locale);
    }

    private static String priceText(String plain, String currency, Locale locale) {
        String p = Quantities.formatPrice(plain, locale);
        return p.isEmpty() || currency == null ? p : p + " " + currency;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
