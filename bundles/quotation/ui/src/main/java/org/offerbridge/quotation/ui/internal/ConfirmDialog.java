package org.offerbridge.quotation.ui.internal;

import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** A modal yes/no question; {@code onYes} runs after the dialog closed. */
final class ConfirmDialog extends Window {
    private static final long serialVersionUID = 1L;

    ConfirmDialog(String title, String question, String yes, String no, Runnable onYes) {
        super(title);
        setId("quote-confirm");
        setModal(true);
        setResizable(false);
        setWidth("460px");
        Label text = new Label(question);
        text.setWidth("100%");
        Button ok = new Button(yes, e -> {
            close();
            onYes.run();
        });
        ok.setId("quote-confirm-yes");
        ok.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(no, e -> close());
        cancel.setId("quote-confirm-no");
        VerticalLayout content = new VerticalLayout(text, new HorizontalLayout(ok, cancel));
        content.setMargin(true);
        setContent(content);
    }
}
