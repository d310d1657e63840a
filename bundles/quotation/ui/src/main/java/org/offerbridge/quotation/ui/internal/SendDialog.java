package org.offerbridge.quotation.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.quotation.api.Recipient;
import org.offerbridge.quotation.api.SentQuote;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Sends a draft: the recipients (prefilled with the quote's customer), then the public link made for each of them.
 * The links' URLs exist only in the answer to sending (the server keeps a hash), so the dialog says they are
 * shown once and offers them in fields that are easy to select and copy.
 */
final class SendDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final Pattern RECIPIENT_FIELD = Pattern.compile("recipients\\[(\\d+)\\]\\.(\\w+)");
    private static final int NAME_MAX = 200;
    private static final int EMAIL_MAX = 254;
    private static final String EMAIL_OR_LINK = "default";

    private final Texts t;
    private final FieldErrors errors;
    private final Function<List<Recipient>, SentQuote> send;
    private final Supplier<SentQuote> sendThroughConversation;
    private final RadioButtonGroup<String> route = new RadioButtonGroup<>();
    private final Label refusal = new Label();
    private final VerticalLayout byAddress = new VerticalLayout();
    private final Consumer<SentQuote> sent;
    private final Consumer<ProblemException> failed;
    private final List<TextField[]> rows = new ArrayList<>();
    private final VerticalLayout recipients = new VerticalLayout();

    /**
     * @param send   sends to the recipients (null: the quote's customer); throws the service's problems
     * @param sent   told about the sent quote once, before its links are shown
     * @param failed handles a problem that is not about a recipient's field (the dialog closes first)
     */
    SendDialog(Texts t, Recipient customer, Function<List<Recipient>, SentQuote> send, Consumer<SentQuote> sent,
            Consumer<ProblemException> failed) {
        this(t, customer, send, sent, failed, null, null);
    }

    /**
     * A dialog that also offers the quote's conversation when {@code offer} is not null: chosen, the recipients are
     * hidden (the quote goes to the customer in that conversation only) and {@code sendThroughConversation} sends it;
     * a refusal ({@code 409} naming {@code channel}) is shown next to the choice and the dialog stays open.
     */
    SendDialog(Texts t, Recipient customer, Function<List<Recipient>, SentQuote> send, Consumer<SentQuote> sent,
            Consumer<ProblemException> failed, ConversationRoute.Offer offer, Supplier<SentQuote> sendThroughConversation) {
        super(t.get("send.title"));
        this.t = t;
        this.errors = new FieldErrors(t.locale()).bind(this::target);
        this.send = send;
        this.sendThroughConversation = sendThroughConversation;
        this.sent = sent;
        this.failed = failed;
        setId("quote-send-dialog");
        setModal(true);
        setResizable(false);
        setWidth("640px");

        recipients.setMargin(false);
        recipients.setSpacing(false);
        addRow(customer);
        Button add = new Button(t.get("send.addRecipient"), VaadinIcons.PLUS);
        add.setId("send-add-recipient");
        add.addStyleName(ValoTheme.BUTTON_SMALL);
        add.addClickListener(e -> addRow(new Recipient("", "")));
        Button ok = new Button(t.get("send.send"), VaadinIcons.PAPERPLANE);
        ok.setId("send-confirm");
        ok.addStyleName(ValoTheme.BUTTON_PRIMARY);
        ok.addClickListener(e -> send());
        Button cancel = new Button(t.get("cancel"), e -> close());
        cancel.setId("send-cancel");
        Label intro = new Label(t.get("send.intro"));
        intro.setWidth("100%");
        byAddress.setMargin(false);
        byAddress.addComponents(intro, recipients, add);
        VerticalLayout content = new VerticalLayout();
        if (offer != null && sendThroughConversation != null) {
            content.addComponent(routeChoice(offer));
        }
        content.addComponents(byAddress, new HorizontalLayout(ok, cancel));
        content.setMargin(true);
        setContent(content);
    }

    /** By email or link (the recipients below) or through the conversation, with its refusal and WhatsApp's template note. */
    private VerticalLayout routeChoice(ConversationRoute.Offer offer) {
        String kind = t.has("send.kind." + offer.kind()) ? t.get("send.kind." + offer.kind()) : String.valueOf(offer.kind());
        String where = offer.contact() == null ? kind : kind + " · " + offer.contact();
        route.setId("send-channel");
        route.setCaption(t.get("send.channel"));
        route.setItems(EMAIL_OR_LINK, ConversationRoute.CHANNEL);
        route.setItemCaptionGenerator(r -> EMAIL_OR_LINK.equals(r) ? t.get("send.byEmail") : t.get("send.viaConversation", where));
        route.setValue(EMAIL_OR_LINK);
        refusal.setId("send-channel-refusal");
        refusal.setWidth("100%");
        refusal.addStyleName(ValoTheme.LABEL_FAILURE);
        refusal.setValue(offer.refusal() == null ? "" : offer.refusal());
        refusal.setVisible(false);
        Label note = new Label(t.get("send.conversationNote"));
        if (ConversationRoute.WHATSAPP.equals(offer.kind())) {
            note.setValue(note.getValue() + " " + t.get("send.whatsappWindow"));
        }
        note.setId("send-channel-note");
        note.setWidth("100%");
        note.addStyleName(ValoTheme.LABEL_SMALL);
        note.setVisible(false);
        route.addValueChangeListener(e -> {
            boolean conversation = ConversationRoute.CHANNEL.equals(e.getValue());
            byAddress.setVisible(!conversation);
            note.setVisible(conversation);
            refusal.setVisible(conversation && !refusal.getValue().isEmpty());
        });
        VerticalLayout choice = new VerticalLayout(route, refusal, note);
        choice.setMargin(false);
        return choice;
    }

    private void addRow(Recipient r) {
        int i = rows.size();
        TextField name = field(t.get("send.name"), r.name(), NAME_MAX);
        name.setId("send-recipient-" + i + "-name");
        TextField email = field(t.get("send.email"), r.email(), EMAIL_MAX);
        email.setId("send-recipient-" + i + "-email");
        rows.add(new TextField[] {name, email});
        HorizontalLayout row = new HorizontalLayout(name, email);
        row.setWidth("100%");
        row.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
        recipients.addComponent(row);
    }

    /** Rows with a name or an email; none at all sends to the quote's customer. */
    private List<Recipient> filled() {
        List<Recipient> to = new ArrayList<>();
        for (TextField[] r : rows) {
            r[0].setComponentError(null);
            r[1].setComponentError(null);
            String name = r[0].getValue().strip();
            String email = r[1].getValue().strip();
            if (!name.isEmpty() || !email.isEmpty()) {
                to.add(new Recipient(name.isEmpty() ? null : name, email.isEmpty() ? null : email));
            }
        }
        return to;
    }

    private void send() {
        if (ConversationRoute.CHANNEL.equals(route.getValue())) {
            SentQuote done;
            try {
                done = sendThroughConversation.get();
            } catch (ProblemException e) {
                if (e.status() != 409) {
                    close();
                    failed.accept(e);
                    return;
                }
                // the channel cannot send now (a closed window without a template, disconnected): said next to the choice
                refusal.setValue(ConversationRoute.refusal(e, t.locale()));
                refusal.setVisible(true);
                return;
            }
            sent.accept(done);
            showLinks(done.links());
            return;
        }
        List<Recipient> to = filled();
        SentQuote done;
        try {
            done = send.apply(to.isEmpty() ? null : to);
        } catch (ProblemException e) {
            if (!errors.show(e)) {
                close();
                failed.accept(e);
            }
            return;
        }
        sent.accept(done);
        showLinks(done.links());
    }

    /** The recipient field a problem names (its index counts the filled rows), as staff read it; null when none. */
    private FieldErrors.Target target(String field) {
        Matcher m = RECIPIENT_FIELD.matcher(field);
        if (!m.matches()) {
            return null;
        }
        int filledIndex = Integer.parseInt(m.group(1));
        int seen = -1;
        for (TextField[] r : rows) {
            if (!r[0].getValue().isBlank() || !r[1].getValue().isBlank()) {
                seen++;
            }
            if (seen == filledIndex) {
                return new FieldErrors.Target("email".equals(m.group(2)) ? r[1] : r[0], ProblemText.field(field, t));
            }
        }
        return null;
    }

    private void showLinks(List<PublicLink> links) {
        setCaption(t.get("send.sentTitle"));
        Label once = new Label(t.get("send.shownOnce"));
        once.setId("send-links-once");
        once.setWidth("100%");
        once.addStyleName(ValoTheme.LABEL_BOLD);
        VerticalLayout content = new VerticalLayout(once);
        for (int i = 0; i < links.size(); i++) {
            PublicLink l = links.get(i);
            TextField url = new TextField(recipientOf(l));
            url.setId("send-link-" + i + "-url");
            url.setValue(l.url() == null ? "" : l.url());
            url.setReadOnly(true);
            url.setWidth("100%");
            // a click selects the whole URL, ready for Ctrl+C
            url.addFocusListener(e -> url.selectAll());
            content.addComponent(url);
        }
        Button close = new Button(t.get("close"), e -> close());
        close.setId("send-close");
        close.addStyleName(ValoTheme.BUTTON_PRIMARY);
        content.addComponent(close);
        content.setMargin(true);
        setContent(content);
    }

    private String recipientOf(PublicLink l) {
        boolean name = l.recipientName() != null && !l.recipientName().isBlank();
        boolean email = l.recipientEmail() != null && !l.recipientEmail().isBlank();
        if (name && email) {
            return l.recipientName() + " <" + l.recipientEmail() + ">";
        }
        return name ? l.recipientName() : email ? l.recipientEmail() : t.get("send.customer");
    }

    private static TextField field(String caption, String value, int max) {
        TextField f = new TextField(caption);
        f.setValue(value == null ? "" : value);
        f.setMaxLength(max);
        f.setWidth("100%");
        return f;
    }
}
