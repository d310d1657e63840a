package org.offerbridge.parser.ui.internal;

import java.util.stream.Collectors;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * What is known about a request besides its text: when and how it came, from whom, the customer card it is
 * linked to, attachments, status, the failure if parsing failed, and which parser made the proposal.
 */
final class RequestFacts extends FormLayout {
    private static final long serialVersionUID = 1L;
    /** The customers view, opened on a card by its id. */
    static final String CUSTOMERS_VIEW = "customers";
    private final UiSession session;
    private final RequestLabels labels;
    private final Label received = label("request-received");
    private final Label channel = label("request-channel");
    private final Label sender = label("request-sender");
    private final Button customer = new Button();
    private final Label attachments = label("request-attachments");
    private final Label status = label("request-status");
    private final Label failure = label("request-failure");
    private final Label language = label("request-language");
    private final Label parser = label("request-parser");
    private String customerId;

    RequestFacts(UiSession session, Texts t, RequestLabels labels) {
        this.session = session;
        this.labels = labels;
        setMargin(false);
        setWidth("100%");
        received.setCaption(t.get("field.received"));
        channel.setCaption(t.get("field.channel"));
        sender.setCaption(t.get("field.sender"));
        customer.setCaption(t.get("customer.open"));
        customer.setIcon(VaadinIcons.USER_CARD);
        customer.setId("request-customer");
        customer.addStyleName(ValoTheme.BUTTON_LINK);
        customer.addStyleName(ValoTheme.BUTTON_SMALL);
        customer.addClickListener(e -> session.navigateTo(CUSTOMERS_VIEW, customerId));
        attachments.setCaption(t.get("field.attachments"));
        status.setCaption(t.get("field.status"));
        status.addStyleName(ValoTheme.LABEL_BOLD);
        failure.setCaption(t.get("field.failure"));
        failure.addStyleName(ValoTheme.LABEL_FAILURE);
        language.setCaption(t.get("field.language"));
        parser.setCaption(t.get("field.parser"));
        addComponents(received, channel, sender, customer, attachments, status, failure, language, parser);
    }

    void show(IntakeRequest r) {
        received.setValue(labels.time(r.receivedAt()));
        channel.setValue(labels.channel(r.channel()));
        sender.setValue(labels.sender(r.sender()));
        sender.setVisible(!sender.getValue().isEmpty());
        customerId = r.customerId();
        customer.setVisible(customerId != null && !customerId.isBlank());
        attachments.setValue(r.attachments() == null ? ""
                : r.attachments().stream().map(labels::attachment).collect(Collectors.joining(", ")));
        attachments.setVisible(!attachments.getValue().isEmpty());
        status.setValue(labels.status(r.status()));
        failure.setValue(r.failure() == null ? "" : r.failure());
        failure.setVisible(IntakeRequest.FAILED.equals(r.status()) && r.failure() != null);
        language.setValue(labels.language(r.language()));
        language.setVisible(r.language() != null);
        parser.setValue(r.parser() == null ? "" : labels.parser(r.parser()) + (r.parsedAt() == null ? "" : " · " + labels.time(r.parsedAt())));
        parser.setVisible(r.parser() != null);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWidth("100%");
        return l;
    }
}
