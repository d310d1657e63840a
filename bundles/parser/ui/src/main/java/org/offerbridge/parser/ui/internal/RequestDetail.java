package org.offerbridge.parser.ui.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.ui.internal.HighlightedText.Kind;
import org.offerbridge.parser.ui.internal.HighlightedText.Selection;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.ui.api.ConfirmDialog;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.ProblemTexts;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One request: its facts, its text with the fragments the proposal came from highlighted (click one to select
 * its line), the proposal editor and the staff's decisions: save, parse again, confirm, mark for review. Each
 * button is enabled only where the request's status and the user's role allow it; problems the inbox reports
 * are shown on the field they name, else as a notification.
 */
final class RequestDetail extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final int NOTE_MAX = 1000;
    private final UiSession session;
    private final RequestInbox inbox;
    private final Texts t;
    private final Runnable listChanged;
    private final RequestFacts facts;
    private final Label text = new Label("", ContentMode.HTML);
    private final ProposalEditor editor;
    private final FieldErrors errors;
    private final TextArea note = new TextArea();
    private final Button save = new Button();
    private final Button reparse = new Button();
    private final Button confirm = new Button();
    private final Button review = new Button();
    private final Button openQuote = new Button();
    private IntakeRequest request;
    private Selection selection;

    /** @param listChanged called when a decision changed a request, so the list can show its new status */
    RequestDetail(UiSession session, RequestInbox inbox, SkuPicker picker, Texts t, Runnable listChanged) {
        this.session = session;
        this.inbox = inbox;
        this.t = t;
        this.listChanged = listChanged;
        this.facts = new RequestFacts(session, t, new RequestLabels(t, Times.of(session)));
        this.editor = new ProposalEditor(picker, t, this::redrawText, this::selected);
        setId("request-detail");
        setMargin(false);
        setWidth("100%");

        text.setId("request-text");
        text.setWidth("100%");
        Panel textPanel = new Panel(t.get("text"), text);
        textPanel.setWidth("100%");
        textPanel.addStyleName(ValoTheme.PANEL_WELL);
        HorizontalLayout top = new HorizontalLayout(facts, textPanel);
        top.setWidth("100%");
        top.setExpandRatio(facts, 2);
        top.setExpandRatio(textPanel, 3);

        note.setId("request-note");
        note.setCaption(t.get("note"));
        note.setPlaceholder(t.get("note.placeholder"));
        note.setRows(2);
        note.setWidth("100%");
        note.setMaxLength(NOTE_MAX);
        errors = new FieldErrors(session.locale()).bind("note", note).bind(editor::target);

        button(save, "request-save", "save", VaadinIcons.CHECK, this::save);
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        button(reparse, "request-reparse", "reparse", VaadinIcons.REFRESH, this::reparse);
        button(confirm, "request-confirm", "confirm", VaadinIcons.CHECK_CIRCLE, this::confirm);
        confirm.addStyleName(ValoTheme.BUTTON_FRIENDLY);
        button(review, "request-review", "review", VaadinIcons.FLAG, this::markForReview);
        // the draft quote confirming made, in the Quotes view (where the quotation capability is installed)
        button(openQuote, "request-open-quote", "openQuote", VaadinIcons.FILE_TEXT_O,
                () -> session.navigateTo("quotes", request.quoteId()));
        HorizontalLayout actions = new HorizontalLayout(save, reparse, confirm, review, openQuote);

        addComponents(top, editor, note, actions);
        setVisible(false);
    }

    @Override
    public void attach() {
        super.attach();
        getUI().getPage().getJavaScript().addFunction(HighlightedText.CLICK_FUNCTION, args -> {
            String kind = args.getString(0);
            int index = (int) args.getNumber(1);
            editor.select(Kind.UNMATCHED.id().equals(kind) ? Kind.UNMATCHED : Kind.LINE, index);
        });
    }

    @Override
    public void detach() {
        getUI().getPage().getJavaScript().removeFunction(HighlightedText.CLICK_FUNCTION);
        super.detach();
    }

    /** Loads a request by id (tenant-scoped); false when there is none. */
    boolean open(String id) {
        Optional<IntakeRequest> r = session.call(() -> inbox.get(id));
        r.ifPresentOrElse(this::show, this::clear);
        return r.isPresent();
    }

    /** The request shown, or null. */
    String requestId() {
        return request == null ? null : request.id();
    }

    void clear() {
        request = null;
        setVisible(false);
    }

    private void show(IntakeRequest r) {
        request = r;
        selection = null;
        RequestPermissions may = RequestPermissions.of(r.status(), session.hasRole(Role.SALES));
        facts.show(r);
        editor.load(r, may.edit());
        note.clear();
        note.setComponentError(null);
        note.setVisible(may.review());
        save.setEnabled(may.save());
        reparse.setEnabled(may.reparse());
        confirm.setEnabled(may.confirm());
        review.setEnabled(may.review());
        openQuote.setVisible(r.quoteId() != null);
        redrawText();
        setVisible(true);
    }

    private void selected(Selection s) {
        selection = s;
        redrawText();
    }

    private void redrawText() {
        if (request != null) {
            text.setValue("<div class=\"ob-req-text\" style=\"white-space:pre-wrap;line-height:1.8\">"
                    + HighlightedText.html(request.text(), editor.marks(), selection) + "</div>");
        }
    }

    private void save() {
        ProposalEditor.Edits edits = checkedEdits();
        if (edits != null) {
            decide(() -> inbox.editProposal(request.id(), edits.lines(), edits.unmatched()), "saved");
        }
    }

    /** Parses the text again, replacing the proposal; asks first when that would drop unsaved edits. */
    private void reparse() {
        if (editor.dirty()) {
            ConfirmDialog.ask("request-dialog", t.get("reparse.title"), t.get("reparse.question"), t.get("reparse"), t.get("cancel"),
                    false, () -> decide(() -> inbox.reparse(request.id()), "reparsed"));
        } else {
            decide(() -> inbox.reparse(request.id()), "reparsed");
        }
    }

    /** Confirms the proposal as shown: unsaved edits are saved first. */
    private void confirm() {
        if (editor.dirty()) {
            ProposalEditor.Edits edits = checkedEdits();
            if (edits == null || decide(() -> inbox.editProposal(request.id(), edits.lines(), edits.unmatched()), null) == null) {
                return;
            }
        }
        decide(() -> inbox.confirm(request.id()), "confirmed");
    }

    private void markForReview() {
        ProposalEditor.Edits edits = checkedEdits();
        if (edits != null) {
            String n = note.getValue().isBlank() ? null : note.getValue().strip();
            decide(() -> inbox.markForReview(request.id(), edits.lines(), edits.unmatched(), n), "reviewed");
        }
    }

    private ProposalEditor.Edits checkedEdits() {
        errors.clear();
        ProposalEditor.Edits edits = editor.edits();
        if (edits == null) {
            session.notifyError(t.get("error.fix"));
        }
        return edits;
    }

    /**
     * Runs a decision and shows the request as it came back (with {@code doneKey}'s text, when not null).
     * Problems: a 400 on a field of the editor or the note is marked there; a request that vanished clears the
     * detail; a conflict (someone else decided first) shows the request as it is now. Anything unexpected goes
     * to the UI's error handler, which shows a support reference rather than details.
     */
    private IntakeRequest decide(Supplier<IntakeRequest> work, String doneKey) {
        IntakeRequest done;
        try {
            done = session.call(work);
        } catch (ProblemException e) {
            problem(e);
            return null;
        }
        if (doneKey != null) {
            session.notifySuccess(t.get(doneKey));
        }
        show(done);
        listChanged.run();
        return done;
    }

    private void problem(ProblemException e) {
        if (errors.show(e)) {
            session.notifyError(errors.text(e));
        } else if (e.status() == 404) {
            session.notifyError(t.get("gone"));
            clear();
            listChanged.run();
        } else if (e.status() == 409) {
            session.notifyError(t.get("conflict", ProblemTexts.of(e, session.locale())));
            open(request.id());
            listChanged.run();
        } else {
            session.notifyError(e);
        }
    }

    private void button(Button b, String id, String key, VaadinIcons icon, Runnable action) {
        b.setId(id);
        b.setCaption(t.get(key));
        b.setIcon(icon);
        b.addClickListener(e -> action.run());
    }
}
