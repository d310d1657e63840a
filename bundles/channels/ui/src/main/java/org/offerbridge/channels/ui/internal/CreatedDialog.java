package org.offerbridge.channels.ui.internal;

import java.util.Map;

import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.ui.api.Texts;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.JavaScript;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

import elemental.json.Json;

/**
 * After a channel is connected: the inbound URL to paste into the provider's console and the secrets the server made
 * (the webhook kind's {@code whsec_} secret), each with a copy button; the secrets with the warning that they are shown
 * this once.
 */
final class CreatedDialog extends Window {
    private static final long serialVersionUID = 1L;

    private CreatedDialog(Texts t, ChannelService.Created created) {
        super(t.get("created.title", created.channel().name()));
        setId("channel-created");
        setModal(true);
        setResizable(false);
        setWidth("640px");
        VerticalLayout content = new VerticalLayout();
        Label status = new Label(ChannelsView.statusText(t, created.channel()));
        status.setId("channel-created-status");
        status.setWidth("100%");
        Label explain = new Label(t.get("created.inbound." + (t.has("created.inbound." + created.channel().kind())
                ? created.channel().kind() : "other")));
        explain.setWidth("100%");
        content.addComponents(status, explain, copyable("channel-created-inbound-url", t.get("inboundUrl"), created.channel().inboundUrl(), t));
        Map<String, String> once = created.shownOnce() == null ? Map.of() : created.shownOnce();
        once.forEach((key, value) -> content.addComponent(copyable("channel-created-" + key,
                t.has("shown." + key) ? t.get("shown." + key) : key, value, t)));
        if (!once.isEmpty()) {
            Label warn = new Label(t.get("created.once"));
            warn.setId("channel-created-once");
            warn.addStyleName(ValoTheme.LABEL_FAILURE);
            warn.setWidth("100%");
            content.addComponent(warn);
        }
        Button close = new Button(t.get("close"), e -> close());
        close.setId("channel-created-close");
        close.addStyleName(ValoTheme.BUTTON_PRIMARY);
        content.addComponent(close);
        setContent(content);
    }

    static void show(Texts t, ChannelService.Created created) {
        UI.getCurrent().addWindow(new CreatedDialog(t, created));
    }

    private static HorizontalLayout copyable(String id, String caption, String value, Texts t) {
        TextField field = new TextField(caption);
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidth("100%");
        field.addStyleName("ob-secret");
        Button copy = new Button(VaadinIcons.COPY, e -> {
            // the value as a JSON string literal: nothing in it can break out of the script
            JavaScript.getCurrent().execute("navigator.clipboard && navigator.clipboard.writeText(" + Json.create(field.getValue()).toJson() + ")");
            field.selectAll();
        });
        copy.setId(id + "-copy");
        copy.setDescription(t.get("copy"));
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setWidth("100%");
        row.setExpandRatio(field, 1);
        row.setComponentAlignment(copy, com.vaadin.ui.Alignment.BOTTOM_LEFT);
        return row;
    }
}
