package org.offerbridge.ui.api;

import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A modal yes/no question; {@code onYes} runs after the dialog closed. Element ids for tests: the window has
 * {@code id}, its buttons {@code id-yes} and {@code id-no}. A destructive question (delete, revoke, deactivate)
 * shows its yes button in the danger style.
 *
 * <pre>
 * ConfirmDialog.ask("quote-confirm", t.get("revise.title"), t.get("revise.question"), t.get("revise"), t.get("cancel"),
 *         false, () -&gt; revise());
 * </pre>
 *
 * @since 1.4
 */
public final class ConfirmDialog extends Window {
    private static final long serialVersionUID = 1L;

    public ConfirmDialog(String id, String title, String question, String yes, String no, boolean destructive, Runnable onYes) {
        super(title);
        setId(id);
        setModal(true);
        setResizable(false);
        setWidth("440px");
        Label text = new Label(question);
        text.setWidth("100%");
        Button ok = new Button(yes, e -> {
            close();
            onYes.run();
        });
        ok.setId(id + "-yes");
        ok.addStyleName(destructive ? ValoTheme.BUTTON_DANGER : ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(no, e -> close());
        cancel.setId(id + "-no");
        VerticalLayout content = new VerticalLayout(text, new HorizontalLayout(ok, cancel));
        content.setMargin(true);
        setContent(content);
    }

    /** Opens the question in the current UI. */
    public static ConfirmDialog ask(String id, String title, String question, String yes, String no, boolean destructive,
            Runnable onYes) {
        ConfirmDialog d = new ConfirmDialog(id, title, question, yes, no, destructive, onYes);
        UI.getCurrent().addWindow(d);
        return d;
    }
}
