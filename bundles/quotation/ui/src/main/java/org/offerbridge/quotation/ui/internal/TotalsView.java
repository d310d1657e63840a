package org.offerbridge.quotation.ui.internal;

import java.util.stream.Collectors;

import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.Totals;
import org.offerbridge.ui.api.Texts;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/** A quote's totals as the service computed them: net, discount given, tax (per rate in the tooltip), gross. */
final class TotalsView extends FormLayout {
    private static final long serialVersionUID = 1L;
    private final QuoteLabels labels;
    private final Texts t;
    private final Label net = label("quote-total-net");
    private final Label discount = label("quote-total-discount");
    private final Label tax = label("quote-total-tax");
    private final Label gross = label("quote-total-gross");

    TotalsView(QuoteLabels labels, Texts t) {
        this.labels = labels;
        this.t = t;
        setMargin(false);
        // as wide as its figures: beside the lines editor, which takes the rest of the row
        setWidthUndefined();
        addStyleName(ValoTheme.FORMLAYOUT_LIGHT);
        gross.addStyleName(ValoTheme.LABEL_BOLD);
        net.setCaption(t.get("total.net"));
        discount.setCaption(t.get("total.discount"));
        tax.setCaption(t.get("total.tax"));
        gross.setCaption(t.get("total.gross"));
        addComponents(net, discount, tax, gross);
    }

    void show(Quote q) {
        Totals totals = q.totals();
        String c = q.currency();
        net.setValue(labels.money(totals.net(), c));
        discount.setValue(labels.money(totals.discount(), c));
        discount.setVisible(totals.discount() != null && totals.discount().signum() != 0);
        tax.setValue(labels.money(totals.tax(), c));
        tax.setDescription(totals.taxes().stream()
                .map(a -> t.get("total.taxRate", labels.percent(a.rate()), labels.money(a.base(), c), labels.money(a.amount(), c)))
                .collect(Collectors.joining("\n")));
        gross.setValue(labels.money(totals.gross(), c));
        gross.setCaption(t.get(q.pricesIncludeTax() ? "total.grossIncluded" : "total.gross"));
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWidthUndefined();
        return l;
    }
}
