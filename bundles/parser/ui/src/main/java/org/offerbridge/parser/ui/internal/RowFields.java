package org.offerbridge.parser.ui.internal;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.TextField;
import com.vaadin.ui.themes.ValoTheme;

/** The small inputs every editor row uses, so catalog lines and unmatched items look and commit alike. */
final class RowFields {
    private RowFields() {
    }

    /** A compact full-width text field that reports its value when it loses focus. */
    static TextField text(int maxLength) {
        TextField f = new TextField();
        f.addStyleName(ValoTheme.TEXTFIELD_SMALL);
        f.setWidth("100%");
        f.setMaxLength(maxLength);
        f.setValueChangeMode(ValueChangeMode.BLUR);
        return f;
    }

    /** The quantity of a row: room for 1,000,000 with four decimals and separators. */
    static TextField quantity() {
        return text(20);
    }

    static Button remove() {
        Button b = new Button();
        b.addStyleName(ValoTheme.BUTTON_SMALL);
        b.addStyleName(ValoTheme.BUTTON_BORDERLESS);
        return b;
    }
}
