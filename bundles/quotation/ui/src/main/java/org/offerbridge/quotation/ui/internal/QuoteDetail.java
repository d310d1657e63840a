package org.offerbridge.quotation.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteChange;
import org.offerbridge.quotation.api.QuoteService;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.Recipient;
import org.offerbridge.quotation.api.SendOptions;
import org.offerbridge.ui.api.ConfirmDialog;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.BrowserWindowOpener;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One quote: its facts, the lines editor (drafts only), totals, the staff's actions (save, preview the PDF, send,
 * approve, revise), its timeline and its public links. Each action is enabled only where the quote's status and
 * the user's role allow it; problems the service reports are shown as a notification naming the field.
 */
final class QuoteDetail extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    /** The confirm dialogs' element id (buttons: quote-confirm-yes, -no). */
    private static final String CONFIRM = "quote-confirm";
    private final UiSession session;
    private final QuoteService quotes;
    private final QuotePdfs pdfs;
    private final UiOrigin origin;
    private final Texts t;
    private final QuoteLabels labels;
    private final Consumer<Quote> listChanged;
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label customer = new Label();
    private final Label facts = new Label();
    private final Label approval = new Label();
    private final LinesEditor editor;
    private final FieldErrors errors;
    private final TotalsView totals;
    private final Button save = new Button();
    private final Button pdf = new Button();
    private final Button send = new Button();
    private final Button approve = new Button();
    private final Button revise = new Button();
    private final TimelineGrid timeline;
    private final LinksGrid links;
    private BrowserWindowOpener pdfOpener;
    private Quote quote;
    /** The quote's conversation for the send dialog; null where the UI has no way to it. */
    private final transient ConversationRoute conversations;

    /** @param listChanged told the quote an action changed (or a new revision made), so the list can show it */
    QuoteDetail(UiSession session, QuoteService quotes, ProductPicker picker, QuotePdfs pdfs, UiOrigin origin, Texts t,
            QuoteLabels labels, Consumer<Quote> listChanged, ConversationRoute conversations) {
        this.session = session;
        this.conversations = conversations;
        this.origin = origin;
        this.quotes = quotes;
        this.pdfs = pdfs;
        this.t = t;
        this.labels = labels;
        this.listChanged = listChanged;
        this.editor = new LinesEditor(picker, labels, t);
        this.errors = new FieldErrors(session.locale()).bind(editor::target);
        this.totals = new TotalsView(labels, t);
        this.timeline = new TimelineGrid(labels, t);
        this.links = new LinksGrid(labels, t, this::confirmRevoke);
        setId("quote-detail");
        setMargin(false);
        setWidth("100%");

        number.setId("quote-number");
        number.addStyleName(ValoTheme.LABEL_H3);
        number.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        status.setId("quote-status");
        status.addStyleName(ValoTheme.LABEL_BOLD);
        customer.setId("quote-customer");
        facts.setId("quote-facts");
        facts.addStyleName("ob-muted");
        approval.setId("quote-approval");
        approval.addStyleName(ValoTheme.LABEL_FAILURE);
        approval.setValue(t.get("approval.needed"));
        HorizontalLayout head = new HorizontalLayout(number, status, customer);
        head.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);

        button(save, "quote-save", "save", VaadinIcons.CHECK, this::save);
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        button(pdf, "quote-pdf", "pdf", VaadinIcons.FILE_TEXT_O, null);
        button(send, "quote-send", "send", VaadinIcons.PAPERPLANE, this::openSend);
        send.addStyleName(ValoTheme.BUTTON_FRIENDLY);
        button(approve, "quote-approve", "approve", VaadinIcons.CHECK_CIRCLE, this::approve);
        button(revise, "quote-revise", "revise", VaadinIcons.COPY, this::confirmRevise);
        HorizontalLayout actions = new HorizontalLayout(save, pdf, send, approve, revise);

        // the lines take the full width; the totals sit under them on the right, level with the actions
        HorizontalLayout bar = new HorizontalLayout(actions, totals);
        bar.setWidth("100%");
        bar.setExpandRatio(actions, 1);
        bar.setComponentAlignment(totals, Alignment.TOP_RIGHT);

        Panel timelinePanel = new Panel(t.get("timeline"), timeline);
        timelinePanel.setWidth("100%");
        timelinePanel.addStyleName(ValoTheme.PANEL_BORDERLESS);
        Panel linksPanel = new Panel(t.get("links"), links);
        linksPanel.setWidth("100%");
        linksPanel.addStyleName(ValoTheme.PANEL_BORDERLESS);

        addComponents(head, facts, approval, editor, bar, timelinePanel, linksPanel);
        setVisible(false);
    }

    /** Loads a quote by id (tenant-scoped); false when there is none. */
    boolean open(String id) {
        Optional<Quote> q = session.call(() -> quotes.get(id));
        q.ifPresentOrElse(this::show, this::clear);
        return q.isPresent();
    }

    String quoteId() {
        return quote == null ? null : quote.id();
    }

    void clear() {
        quote = null;
        setVisible(false);
    }

    private void show(Quote q) {
        quote = q;
        QuotePermissions may = QuotePermissions.of(q.status(), q.approvalRequired(), session.principal().role());
        number.setValue(q.number());
        status.setValue(labels.status(q.status()));
        status.setStyleName("ob-quote-status-" + q.status().id());
        status.addStyleName(ValoTheme.LABEL_BOLD);
        customer.setValue(labels.customer(q.customer()));
        facts.setValue(facts(q));
        approval.setVisible(q.approvalRequired() && q.status() == QuoteStatus.DRAFT);
        editor.load(q, may.edit());
        totals.show(q);
        save.setEnabled(may.edit());
        send.setEnabled(may.send());
        approve.setVisible(session.hasRole(Role.ADMIN));
        approve.setEnabled(may.approve());
        revise.setEnabled(may.revise());
        showPdf(q);
        timeline.show(session.call(() -> quotes.timeline(q.id())));
        links.show(session.call(() -> quotes.links(q.id())), may.revoke());
        setVisible(true);
    }

    private String facts(Quote q) {
        String s = t.get("facts", labels.time(q.createdAt()), labels.date(q.validUntil()), q.currency(), q.revision());
        return q.sentAt() == null ? s : s + " · " + t.get("facts.sent", labels.time(q.sentAt()));
    }

    /** Points the preview at this quote's PDF, or disables it while the PDF capability is not installed. */
    private void showPdf(Quote q) {
        boolean available = pdfs.available();
        pdf.setEnabled(available);
        pdf.setDescription(available ? null : t.get("pdf.unavailable"));
        if (!available) {
            if (pdfOpener != null) {
                pdfOpener.remove();
                pdfOpener = null;
            }
            return;
        }
        String id = q.id();
        // rendered when the browser asks, for the tenant of this session; a capability removed meanwhile gives a 404
        StreamResource resource = new StreamResource(() -> session.call(() -> pdfs.render(id)).map(ByteArrayInputStream::new).orElse(null),
                q.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
        resource.setMIMEType("application/pdf");
        resource.setCacheTime(0);
        if (pdfOpener == null) {
            pdfOpener = new BrowserWindowOpener(resource);
            pdfOpener.extend(pdf);
        } else {
            pdfOpener.setResource(resource);
        }
    }

    private void save() {
        QuoteChange change = editor.change();
        if (change == null) {
            session.notifyError(t.get("error.fix"));
            return;
        }
        if (change.lines() == null && change.validUntil() == null && change.pricesIncludeTax() == null) {
            session.notifySuccess(t.get("unchanged"));
            return;
        }
        String id = quote.id();
        act(() -> quotes.update(id, change, origin.current()), "saved");
    }

    /** Sends the saved draft: unsaved edits would not be in what the customer sees, so they are saved first. */
    private void openSend() {
        if (editor.dirty()) {
            QuoteChange change = editor.change();
            if (change == null) {
                session.notifyError(t.get("error.fix"));
                return;
            }
            String id = quote.id();
            if (act(() -> quotes.update(id, change, origin.current()), null) == null) {
                return;
            }
        }
        String id = quote.id();
        Recipient to = new Recipient(quote.customer() == null ? "" : quote.customer().name(),
                quote.customer() == null ? "" : quote.customer().email());
        Quote current = quote;
        ConversationRoute.Offer offer = conversations == null ? null
                : session.call(() -> conversations.offer(current, session.locale())).orElse(null);
        getUI().addWindow(new SendDialog(t, to, recipients -> session.call(() -> quotes.send(id, recipients, origin.current())),
                s -> {
                    session.notifySuccess(t.get("sent"));
                    show(s.quote());
                    listChanged.accept(s.quote());
                }, this::problem, offer,
                () -> session.call(() -> quotes.send(id, null, new SendOptions(ConversationRoute.CHANNEL, null), origin.current()))));
    }

    private void approve() {
        String id = quote.id();
        act(() -> quotes.approve(id, origin.current()), "approved");
    }

    private void confirmRevise() {
        String id = quote.id();
        ConfirmDialog.ask(CONFIRM, t.get("revise.title"), t.get("revise.question", quote.number()), t.get("revise"), t.get("cancel"),
                false, () -> act(() -> quotes.revise(id, origin.current()), "revised"));
    }

    private void confirmRevoke(PublicLink l) {
        String quoteId = quote.id();
        String who = l.recipientEmail() != null ? l.recipientEmail() : l.recipientName() != null ? l.recipientName() : "";
        ConfirmDialog.ask(CONFIRM, t.get("revoke.title"), t.get("revoke.question", who), t.get("link.revoke"), t.get("cancel"),
                false, () -> {
                    try {
                        session.call(() -> quotes.revokeLink(quoteId, l.id(), origin.current()));
                    } catch (ProblemException e) {
                        problem(e);
                        return;
                    }
                    session.notifySuccess(t.get("revoked"));
                    open(quoteId);
                });
    }

    /**
     * Runs an action and shows the quote it answered with (and {@code doneKey}'s text, when not null); null after
     * a problem. Anything unexpected goes to the UI's error handler, which shows a support reference, not details.
     */
    private Quote act(Supplier<Quote> work, String doneKey) {
        Quote done;
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
        listChanged.accept(done);
        return done;
    }

    /** A 400 is marked on its field too; a vanished quote clears the detail; a conflict shows the quote as it is now. */
    private void problem(ProblemException e) {
        errors.show(e);
        session.notifyError(ProblemText.of(e, t));
        if (e.status() == 404) {
            clear();
            listChanged.accept(null);
        } else if (e.status() == 409 && !ProblemText.APPROVAL_REQUIRED.equals(e.type()) && quote != null) {
            open(quote.id());
            listChanged.accept(quote);
        }
    }

    private void button(Button b, String id, String key, VaadinIcons icon, Runnable action) {
        b.setId(id);
        b.setCaption(t.get(key));
        b.setIcon(icon);
        if (action != null) {
            b.addClickListener(e -> action.run());
        }
    }
}
