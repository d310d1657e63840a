package org.offerbridge.parser.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.parser.api.Span;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.TextField;

/** One requested item the catalog lacks, in the editor: its text, its quantity and a SKU picker to make it a line. */
final class ItemRow {
    final TextField text = RowFields.text(500);
    final TextField quantity = RowFields.quantity();
    final ComboBox<SkuChoice> toLine;
    final Button remove = RowFields.remove();
    private final Locale locale;
    private final List<Span> spans;

    ItemRow(ComboBox<SkuChoice> toLine, Locale locale, List<Span> spans) {
        this.toLine = toLine;
        this.locale = locale;
        this.spans = List.copyOf(spans);
    }

    static ItemRow of(ProposalLine l, ComboBox<SkuChoice> toLine, Locale locale, List<Span> spans) {
        ItemRow row = new ItemRow(toLine, locale, spans);
        row.text.setValue(l.text() == null ? "" : l.text());
        row.quantity.setValue(Quantities.format(l.quantity(), locale));
        return row;
    }

    List<Span> spans() {
        return spans;
    }

    void setIndex(int i) {
        text.setId("request-item-" + i + "-text");
        quantity.setId("request-item-" + i + "-quantity");
        toLine.setId("request-item-" + i + "-sku");
        remove.setId("request-item-" + i + "-remove");
    }

    void setEditable(boolean editable) {
        text.setReadOnly(!editable);
        quantity.setReadOnly(!editable);
        toLine.setVisible(editable);
        remove.setVisible(editable);
    }

    /** The quantity typed, or null when blank; throws {@link NumberFormatException} when it is no number. */
    BigDecimal quantityValue() {
        return Quantities.parse(quantity.getValue(), locale);
    }
}
