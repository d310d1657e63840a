package org.offerbridge.rfqform.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.offerbridge.platform.api.admin.StaffAdministration.StaffUser;
import org.offerbridge.rfqform.api.FormSettings;
import org.offerbridge.rfqform.api.FormSettingsChange;
import org.offerbridge.rfqform.api.RfqForms;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewPage;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.server.ExternalResource;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.AbstractTextField;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.JavaScript;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.TwinColSelect;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

import elemental.json.Json;

/**
 * The request-for-quote form's settings ({@link RfqForms}, admins only): switched on or off, the seller's notification
 * and its recipients, the customer's texts, retention, the products offered, required fields and languages, saved in
 * one change whose 400s show on the field they name; below, the form's address, the embed snippet and the no-script
 * alternatives to copy, and a per-product link.
 */
final class RfqFormView extends ViewPage {
    private static final long serialVersionUID = 1L;
    static final String NAME = "rfq-form";
    static final int STAFF_LIMIT = 200;
    /** The contact fields and languages the service knows, in its order. */
    static final List<String> FIELDS = List.of("name", "email", "phone", "company", "message");
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ru", "uk", "hi");
    static final String ALL = "all";
    static final String CHOSEN = "chosen";

    private final UiSession session;
    private final RfqForms forms;
    private final Texts t;
    private final FieldErrors errors;

    final CheckBox enabled = new CheckBox();
    final CheckBox notifySeller = new CheckBox();
    final TextArea recipients = new TextArea();
    /** The workspace's active users the notification goes to (sent as their ids; the service emails their current address). */
    final TwinColSelect<StaffUser> recipientUsers = new TwinColSelect<>();
    final TextField buttonLabel = new TextField();
    final TextArea customerText = new TextArea();
    final TextArea thankYouText = new TextArea();
    final TextField retentionDays = new TextField();
    final RadioButtonGroup<String> productsMode = new RadioButtonGroup<>();
    final TextArea products = new TextArea();
    final CheckBoxGroup<String> requiredFields = new CheckBoxGroup<>();
    final CheckBoxGroup<String> languages = new CheckBoxGroup<>();
    final ComboBox<String> defaultLanguage = new ComboBox<>();
    final Button save = new Button();

    final TextField formUrl = new TextField();
    final Link openForm = new Link();
    final TextArea embedSnippet = new TextArea();
    final TextArea linkSnippet = new TextArea();
    final TextArea iframeSnippet = new TextArea();
    final TextField productLink = new TextField();
    final Label state = new Label();

    /** Every user of the workspace by id, and the active ones offered. */
    private final Map<String, StaffUser> staffById = new LinkedHashMap<>();
    private final List<StaffUser> activeUsers;
    /** Chosen users who are not active now (deactivated): kept as they are, told again once active. */
    private List<String> keptUserIds = List.of();
    /** How many user ids the last change sent before its addresses: where a {@code recipients[i]} problem shows. */
    private int idsSent;

    RfqFormView(UiSession session, RfqForms forms, Supplier<List<StaffUser>> staff) {
        super(NAME, Texts.of(RfqFormView.class, session.locale()).get("menu"));
        this.session = session;
        this.forms = forms;
        this.t = Texts.of(RfqFormView.class, session.locale());
        this.errors = new FieldErrors(session.locale());

        Label intro = new Label(t.get("intro"));
        intro.addStyleName("ob-muted");
        intro.setWidth("100%");

        caption(enabled, "rfq-enabled", "field.enabled");
        caption(notifySeller, "rfq-notify", "field.notify");
        text(recipients, "rfq-recipients", "field.recipients", 3);
        recipients.setDescription(t.get("hint.recipients"));
        notifySeller.addValueChangeListener(e -> {
            recipients.setEnabled(e.getValue());
            recipientUsers.setEnabled(e.getValue());
        });

        caption(recipientUsers, "rfq-recipient-users", "field.recipientUsers");
        recipientUsers.setDescription(t.get("hint.recipientUsers"));
        for (StaffUser u : session.call(staff)) {
            staffById.put(u.id(), u);
        }
        activeUsers = staffById.values().stream().filter(StaffUser::active).toList();
        recipientUsers.setItems(activeUsers);
        recipientUsers.setItemCaptionGenerator(RfqFormView::userCaption);
        recipientUsers.setLeftColumnCaption(t.get("recipientUsers.available"));
        recipientUsers.setRightColumnCaption(t.get("recipientUsers.chosen"));
        recipientUsers.setRows(5);
        recipientUsers.setWidth("420px");

        caption(buttonLabel, "rfq-button-label", "field.buttonLabel");
        buttonLabel.setWidth("420px");
        buttonLabel.setPlaceholder(t.get("hint.buttonLabel"));
        text(customerText, "rfq-customer-text", "field.customerText", 3);
        text(thankYouText, "rfq-thank-you", "field.thankYouText", 3);
        thankYouText.setPlaceholder(t.get("hint.thankYouText"));
        caption(retentionDays, "rfq-retention", "field.retentionDays");
        retentionDays.setDescription(t.get("hint.retentionDays"));
        retentionDays.setWidth("120px");

        caption(productsMode, "rfq-products-mode", "field.products");
        productsMode.setItems(ALL, CHOSEN);
        productsMode.setItemCaptionGenerator(m -> t.get("products." + m));
        text(products, "rfq-products", "field.skus", 3);
        products.setDescription(t.get("hint.skus"));
        productsMode.addValueChangeListener(e -> products.setVisible(CHOSEN.equals(e.getValue())));

        caption(requiredFields, "rfq-required", "field.requiredFields");
        requiredFields.setItems(FIELDS);
        requiredFields.setItemCaptionGenerator(f -> t.get("contact." + f));
        caption(languages, "rfq-languages", "field.languages");
        languages.setItems(LANGUAGES);
        languages.setItemCaptionGenerator(this::languageName);
        caption(defaultLanguage, "rfq-default-language", "field.defaultLanguage");
        defaultLanguage.setItems(LANGUAGES);
        defaultLanguage.setItemCaptionGenerator(this::languageName);
        defaultLanguage.setEmptySelectionAllowed(false);
        defaultLanguage.setTextInputAllowed(false);

        errors.bind("enabled", enabled).bind("notifySeller", notifySeller).bind("buttonLabel", buttonLabel)
                .bind("customerText", customerText).bind("thankYouText", thankYouText).bind("retentionDays", retentionDays)
                .bind(this::recipientsTarget).bind(field -> target(field, "products", products))
                .bind(field -> target(field, "requiredFields", requiredFields)).bind(field -> target(field, "languages", languages));

        save.setCaption(t.get("save"));
        save.setId("rfq-save");
        save.setIcon(VaadinIcons.CHECK);
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.addClickListener(e -> save());

        state.setId("rfq-state");
        FormLayout form = new FormLayout(enabled, notifySeller, recipientUsers, recipients, buttonLabel, customerText, thankYouText, retentionDays,
                productsMode, products, requiredFields, languages, defaultLanguage);
        form.setId("rfq-settings");

        Label shareTitle = new Label(t.get("share.title"));
        shareTitle.addStyleName(ValoTheme.LABEL_H3);
        Label shareHint = new Label(t.get("share.hint"));
        shareHint.addStyleName("ob-muted");
        shareHint.setWidth("100%");
        openForm.setId("rfq-form-url-open");
        openForm.setCaption(t.get("share.open"));
        openForm.setTargetName("_blank");
        openForm.setIcon(VaadinIcons.EXTERNAL_LINK);
        VerticalLayout share = new VerticalLayout(shareTitle, shareHint, state,
                copyable(formUrl, "rfq-form-url", "share.formUrl"), openForm,
                copyable(embedSnippet, "rfq-embed", "share.embed"),
                copyable(linkSnippet, "rfq-link-snippet", "share.link"),
                copyable(iframeSnippet, "rfq-iframe-snippet", "share.iframe"),
                copyable(productLink, "rfq-product-link", "share.productLink"));
        share.setId("rfq-share");
        share.setMargin(false);
        share.setWidth("100%");
        addComponents(intro, form, save, share);
        show(session.call(forms::settings));
    }

    @Override
    public void enter(ViewChangeEvent event) {
    }

    /** Sends the form's values as one change; a 400 shows on its field, success re-reads what the service kept. */
    void save() {
        errors.clear();
        Integer days = days();
        if (days == null) {
            errors.mark(retentionDays, t.get("error.retentionDays"));
            return;
        }
        FormSettingsChange change = change(days);
        FormSettings[] saved = new FormSettings[1];
        if (errors.attempt(session, () -> saved[0] = forms.update(change))) {
            session.noteAction("save rfq-form settings");
            show(saved[0]);
            session.notifySuccess(t.get("saved"));
        }
    }

    /** The change the form's values make; every field is sent, so what the view shows is what is kept. */
    FormSettingsChange change(int days) {
        boolean all = !CHOSEN.equals(productsMode.getValue());
        List<String> langs = new ArrayList<>();
        String first = defaultLanguage.getValue();
        if (first != null && languages.getValue().contains(first)) {
            langs.add(first);
        }
        LANGUAGES.stream().filter(languages.getValue()::contains).filter(l -> !langs.contains(l)).forEach(langs::add);
        return new FormSettingsChange(enabled.getValue(), notifySeller.getValue(), recipientEntries(), buttonLabel.getValue(),
                customerText.getValue(), days, all, all ? null : lines(products.getValue()),
                FIELDS.stream().filter(requiredFields.getValue()::contains).toList(), thankYouText.getValue(), langs);
    }

    /**
     * The recipients to send: the chosen users' ids (in the list's order, then the deactivated ones kept), then the
     * addresses typed, one a line.
     */
    List<String> recipientEntries() {
        List<String> out = new ArrayList<>();
        activeUsers.stream().filter(recipientUsers.getValue()::contains).map(StaffUser::id).forEach(out::add);
        keptUserIds.stream().filter(id -> !out.contains(id)).forEach(out::add);
        idsSent = out.size();
        lines(recipients.getValue()).stream().filter(a -> !out.contains(a)).forEach(out::add);
        return out;
    }

    /** A {@code recipients} problem: on the users' list for an id's index, else on the addresses. */
    private FieldErrors.Target recipientsTarget(String field) {
        if (field.startsWith("recipients[")) {
            try {
                int i = Integer.parseInt(field.substring("recipients[".length(), field.length() - 1));
                return new FieldErrors.Target(i < idsSent ? recipientUsers : recipients);
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return new FieldErrors.Target(recipients);
            }
        }
        return field.equals("recipients") ? new FieldErrors.Target(recipients) : null;
    }

    /** A user as the list shows them: name and email, or the email alone. */
    static String userCaption(StaffUser u) {
        return u.displayName() == null || u.displayName().isBlank() ? u.email() : u.displayName() + " <" + u.email() + ">";
    }

    /** The retention field as a whole number, or null when it is none (the service checks the range). */
    private Integer days() {
        String v = retentionDays.getValue().strip();
        if (!v.matches("[0-9]{1,6}")) {
            return null;
        }
        return Integer.valueOf(v);
    }

    /** Shows the settings as the service has them. */
    void show(FormSettings s) {
        enabled.setValue(s.enabled());
        notifySeller.setValue(s.notifySeller());
        List<String> ids = s.recipients().stream().filter(r -> r.indexOf('@') < 0).toList();
        recipients.setValue(String.join("\n", s.recipients().stream().filter(r -> r.indexOf('@') >= 0).toList()));
        recipients.setEnabled(s.notifySeller());
        recipientUsers.setValue(activeUsers.stream().filter(u -> ids.contains(u.id())).collect(Collectors.toCollection(LinkedHashSet::new)));
        // a chosen user deactivated since stays chosen (told again once active); one removed from the workspace is dropped
        keptUserIds = ids.stream().filter(id -> staffById.containsKey(id) && !staffById.get(id).active()).toList();
        recipientUsers.setEnabled(s.notifySeller());
        buttonLabel.setValue(nonNull(s.buttonLabel()));
        customerText.setValue(nonNull(s.customerText()));
        thankYouText.setValue(nonNull(s.thankYouText()));
        retentionDays.setValue(Integer.toString(s.retentionDays()));
        productsMode.setValue(s.products() == null ? ALL : CHOSEN);
        products.setValue(s.products() == null ? "" : String.join("\n", s.products()));
        products.setVisible(s.products() != null);
        requiredFields.setValue(new LinkedHashSet<>(s.requiredFields()));
        Set<String> langs = new LinkedHashSet<>(s.languages());
        languages.setValue(langs);
        defaultLanguage.setValue(s.languages().isEmpty() ? LANGUAGES.get(0) : s.languages().get(0));

        state.setValue(t.get(s.enabled() ? "share.on" : "share.off"));
        state.addStyleName(s.enabled() ? ValoTheme.LABEL_SUCCESS : "ob-muted");
        state.removeStyleName(s.enabled() ? "ob-muted" : ValoTheme.LABEL_SUCCESS);
        readOnly(formUrl, nonNull(s.formUrl()));
        openForm.setResource(s.formUrl() == null ? null : new ExternalResource(s.formUrl()));
        openForm.setEnabled(s.enabled() && s.formUrl() != null);
        readOnly(embedSnippet, nonNull(s.embedSnippet()));
        readOnly(linkSnippet, nonNull(s.linkSnippet()));
        readOnly(iframeSnippet, nonNull(s.iframeSnippet()));
        readOnly(productLink, productLink(s));
    }

    /** The form's address with a product chosen: the first SKU offered, else a placeholder the seller replaces. */
    static String productLink(FormSettings s) {
        if (s.formUrl() == null) {
            return "";
        }
        String sku = s.products() == null || s.products().isEmpty() ? "SKU" : s.products().get(0);
        return s.formUrl() + (s.formUrl().contains("?") ? "&" : "?") + "sku=" + URLEncoder.encode(sku, StandardCharsets.UTF_8);
    }

    /** One entry a line, blanks and repeats dropped. */
    static List<String> lines(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String line : (text == null ? "" : text).split("[\\r\\n,;]+")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return new ArrayList<>(out);
    }

    /** The component of a list field and its items ({@code recipients}, {@code recipients[2]}). */
    private static FieldErrors.Target target(String field, String name, AbstractComponent component) {
        return field.equals(name) || field.startsWith(name + "[") ? new FieldErrors.Target(component) : null;
    }

    private String languageName(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String own = l.getDisplayLanguage(l);
        return own.isEmpty() ? tag : own.substring(0, 1).toUpperCase(l) + own.substring(1) + " (" + tag + ")";
    }

    private void caption(AbstractComponent c, String id, String key) {
        c.setId(id);
        c.setCaption(t.get(key));
    }

    private void text(TextArea area, String id, String key, int rows) {
        caption(area, id, key);
        area.setRows(rows);
        area.setWidth("420px");
    }

    private static void readOnly(AbstractTextField field, String value) {
        field.setReadOnly(false);
        field.setValue(value);
        field.setReadOnly(true);
    }

    private HorizontalLayout copyable(AbstractTextField field, String id, String key) {
        caption(field, id, key);
        field.setReadOnly(true);
        field.setWidth("100%");
        if (field instanceof TextArea area) {
            area.setRows(3);
        }
        Button copy = new Button(VaadinIcons.COPY, e -> {
            // the value as a JSON string literal: nothing in it can break out of the script
            JavaScript.getCurrent().execute("navigator.clipboard && navigator.clipboard.writeText(" + Json.create(field.getValue()).toJson() + ")");
            field.selectAll();
            session.notifySuccess(t.get("copied"));
        });
        copy.setId(id + "-copy");
        copy.setDescription(t.get("copy"));
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setWidth("100%");
        row.setExpandRatio(field, 1);
        row.setComponentAlignment(copy, Alignment.BOTTOM_LEFT);
        return row;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

}
