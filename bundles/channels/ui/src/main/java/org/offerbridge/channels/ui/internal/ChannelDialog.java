package org.offerbridge.channels.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.server.SerializableSupplier;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.AbstractField;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Connects a channel of a chosen kind, or changes one: the name and the kind's settings, each with a line saying where
 * its value comes from in the provider's console. Secrets are never shown; on edit an empty secret keeps the stored
 * one. The service's 400 lands on the field it names ({@code name}, {@code kind}, {@code settings.<name>}).
 */
final class ChannelDialog extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiSession session;
    private final transient ChannelService channels;
    private final Texts t;
    private final Channel existing;
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField name = new TextField();
    private final FormLayout settingsForm = new FormLayout();
    private final Map<String, SerializableSupplier<String>> fields = new LinkedHashMap<>();
    private FieldErrors errors;

    /** A dialog connecting a new channel of one of {@code kinds}; {@code onCreated} gets what the server made. */
    static ChannelDialog connect(UiSession session, ChannelService channels, Texts t, List<String> kinds,
            Consumer<ChannelService.Created> onCreated) {
        return new ChannelDialog(session, channels, t, null, kinds, onCreated, null);
    }

    /** A dialog changing {@code channel}. */
    static ChannelDialog edit(UiSession session, ChannelService channels, Texts t, Channel channel, Consumer<Channel> onSaved) {
        return new ChannelDialog(session, channels, t, channel, List.of(channel.kind()), null, onSaved);
    }

    private ChannelDialog(UiSession session, ChannelService channels, Texts t, Channel existing, List<String> kinds,
            Consumer<ChannelService.Created> onCreated, Consumer<Channel> onSaved) {
        super(existing == null ? t.get("connect.title") : t.get("edit.title", existing.name()));
        this.session = session;
        this.channels = channels;
        this.t = t;
        this.existing = existing;
        setId("channel-dialog");
        setModal(true);
        setWidth("640px");

        kind.setId("channel-kind");
        kind.setCaption(t.get("kind"));
        kind.setItems(KindForms.offered(kinds));
        kind.setItemCaptionGenerator(this::kindCaption);
        kind.setEmptySelectionAllowed(false);
        kind.setTextInputAllowed(false);
        kind.setWidth("100%");
        kind.setEnabled(existing == null);
        name.setId("channel-name");
        name.setCaption(t.get("name"));
        name.setWidth("100%");
        name.setMaxLength(200);
        Label kindHelp = new Label();
        kindHelp.setId("channel-kind-help");
        kindHelp.setWidth("100%");
        kindHelp.addStyleName(ValoTheme.LABEL_SMALL);
        kind.addValueChangeListener(e -> {
            kindHelp.setValue(e.getValue() == null ? "" : t.get("help." + e.getValue()));
            buildSettings(e.getValue());
        });
        settingsForm.setMargin(false);
        settingsForm.setWidth("100%");

        Button save = new Button(existing == null ? t.get("connect") : t.get("save"), e -> save(onCreated, onSaved));
        save.setId("channel-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(t.get("cancel"), e -> close());
        cancel.setId("channel-cancel");
        VerticalLayout content = new VerticalLayout(kind, kindHelp, name, settingsForm, new HorizontalLayout(save, cancel));
        content.setWidth("100%");
        setContent(content);

        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
        } else if (!kinds.isEmpty()) {
            kind.setValue(KindForms.offered(kinds).get(0));
        }
    }

    private String kindCaption(String k) {
        return t.has("kind." + k) ? t.get("kind." + k) : k;
    }

    private void buildSettings(String k) {
        settingsForm.removeAllComponents();
        fields.clear();
        errors = new FieldErrors(session.locale()).bind("name", name).bind("kind", kind);
        if (k == null) {
            return;
        }
        // a long form (email) scrolls inside a window that fits the screen; short ones take the height they need
        if (KindForms.of(k).size() > 4) {
            setHeight("85%");
        } else {
            setHeightUndefined();
        }
        Map<String, String> current = existing == null || existing.settings() == null ? Map.of() : existing.settings();
        for (KindForms.Setting s : KindForms.of(k)) {
            AbstractField<String> field;
            String caption = t.get("setting." + s.name()) + (s.optional() ? " " + t.get("optional") : "");
            if (s.flag()) {
                CheckBox box = new CheckBox(t.get("setting." + s.name()), "true".equalsIgnoreCase(current.get(s.name())));
                box.setId("channel-setting-" + s.name());
                settingsForm.addComponents(box, help(k, s));
                bindError(s, box);
                fields.put(s.name(), () -> box.getValue() ? "true" : "");
                continue;
            }
            if (s.choices() != null) {
                ComboBox<String> box = new ComboBox<>(caption);
                box.setItems(s.choices());
                box.setItemCaptionGenerator(v -> t.get("choice." + v));
                box.setTextInputAllowed(false);
                box.setEmptySelectionAllowed(s.optional());
                box.setValue(current.getOrDefault(s.name(), s.optional() ? null : s.choices().get(0)));
                box.setId("channel-setting-" + s.name());
                box.setWidth("100%");
                settingsForm.addComponents(box, help(k, s));
                bindError(s, box);
                fields.put(s.name(), box::getValue);
                continue;
            }
            if (s.secret()) {
                PasswordField secret = new PasswordField(caption);
                if (existing != null) {
                    secret.setPlaceholder(t.get("secret.unchanged"));
                }
                field = secret;
            } else {
                TextField plain = new TextField(caption);
                plain.setValue(current.getOrDefault(s.name(), ""));
                field = plain;
            }
            field.setId("channel-setting-" + s.name());
            field.setWidth("100%");
            settingsForm.addComponents(field, help(k, s));
            bindError(s, field);
            fields.put(s.name(), field::getValue);
        }
    }

    /** A refusal of {@code settings.<name>} marks this field, naming it without the "(optional)" of its caption. */
    private void bindError(KindForms.Setting s, AbstractComponent component) {
        String field = "settings." + s.name();
        String caption = t.get("setting." + s.name());
        errors.bind(f -> field.equals(f) ? new FieldErrors.Target(component, caption) : null);
    }

    private Label help(String k, KindForms.Setting s) {
        Label help = new Label(t.get("help." + k + "." + s.name()));
        help.setId("channel-help-" + s.name());
        help.setWidth("100%");
        help.addStyleName(ValoTheme.LABEL_SMALL);
        help.addStyleName(ValoTheme.LABEL_LIGHT);
        return help;
    }

    /**
     * The settings to send: the filled fields, and on edit null for an optional value that was stored and is now
     * empty, since the kinds merge the given settings over the stored ones and only null (or blank) clears one. An
     * empty secret is left out, so it keeps the stored one; a value that only means something with another setting
     * (the SMTP port with the SMTP server) is cleared with it.
     */
    private Map<String, Object> settings() {
        Map<String, String> stored = existing == null || existing.settings() == null ? Map.of() : existing.settings();
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach((key, field) -> given.put(key, field.get() == null ? "" : field.get().strip()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (KindForms.Setting s : KindForms.of(kind.getValue())) {
            String v = given.getOrDefault(s.name(), "");
            boolean clearedWith = s.requires() != null && given.getOrDefault(s.requires(), "").isEmpty() && stored.containsKey(s.requires());
            if (stored.containsKey(s.name()) && !s.secret() && (v.isEmpty() || clearedWith)) {
                values.put(s.name(), null);
            } else if (!v.isEmpty()) {
                values.put(s.name(), s.name().endsWith("Port") && v.matches("\\d{1,5}") ? Integer.valueOf(v) : v);
            }
        }
        return values;
    }

    private void save(Consumer<ChannelService.Created> onCreated, Consumer<Channel> onSaved) {
        String chosen = kind.getValue();
        String label = name.getValue().strip();
        Map<String, Object> values = settings();
        if (existing == null) {
            ChannelService.Created[] made = new ChannelService.Created[1];
            if (errors.attempt(session, () -> made[0] = channels.create(chosen, label, values))) {
                session.noteAction("connect channel " + chosen);
                close();
                onCreated.accept(made[0]);
            }
        } else {
            Channel[] saved = new Channel[1];
            if (errors.attempt(session, () -> saved[0] = channels.update(existing.id(), label, values))) {
                close();
                onSaved.accept(saved[0]);
            }
        }
    }
}
