package org.offerbridge.customers.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.Customer.Handle;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.customers.api.CustomerNote;
import org.offerbridge.customers.api.CustomerValues;
import org.offerbridge.platform.api.StaffDirectory.StaffMember;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.ui.api.ConfirmDialog;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Html;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.data.Binder;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Creates or edits one customer card, with its notes beside it. Errors the directory reports name a field
 * ({@code emails[1]}, {@code handles[0].channel}, ...) and are shown on that field, with the line for lists.
 */
final class CustomerForm extends Window {
    private static final long serialVersionUID = 1L;
    private static final int NOTES_SHOWN = 50;
    /** The languages our sellers' customers write in most; any other BCP 47 tag can be set through the API. */
    private static final List<String> LANGUAGES = List.of("en", "hi", "fr", "de", "es", "ru", "uk");
    private final UiSession session;
    private final CustomerDirectory customers;
    private final StaffNames names;
    private final Customer customer;
    private final Runnable changed;
    private final Texts t;
    private final TextField name = new TextField();
    private final TextField company = new TextField();
    private final TextField contactPerson = new TextField();
    private final TextArea emails = new TextArea();
    private final TextArea phones = new TextArea();
    private final TextArea handles = new TextArea();
    private final ComboBox<StaffMember> owner = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final VerticalLayout notesList = new VerticalLayout();
    private final TextArea noteText = new TextArea();
    private final FieldErrors errors;
    private final FieldErrors noteErrors;
    private final Binder<Values> binder = new Binder<>();

    /** The card's values as the form shows them: one entry per line in the lists. */
    static final class Values {
        String name = "";
        String company = "";
        String contactPerson = "";
        String emails = "";
        String phones = "";
        String handles = "";
        StaffMember owner;
        String language;
    }

    CustomerForm(UiSession session, CustomerDirectory customers, StaffNames names, Customer customer, boolean editable,
            Runnable changed) {
        this.session = session;
        this.customers = customers;
        this.names = names;
        this.customer = customer;
        this.changed = changed;
        this.t = Texts.of(CustomerForm.class, session.locale());
        setId("customer-form");
        setCaption(customer == null ? t.get("new") : customer.name());
        setModal(true);
        setWidth(customer == null ? "560px" : "1060px");

        Map<String, AbstractComponent> byField = Map.of("name", name, "company", company, "contactPerson", contactPerson,
                "emails", emails, "phones", phones, "handles", handles, "ownerId", owner, "language", language);
        // emails[1], handles[0].channel: the list's box, called by the list's name ("Emails")
        errors = new FieldErrors(session.locale()).bind(f -> {
            String base = ContactLines.baseField(f);
            return byField.containsKey(base) ? new FieldErrors.Target(byField.get(base), listName(base)) : null;
        });
        noteErrors = new FieldErrors(session.locale()).bind("text", noteText);
        binder.forField(name).bind(v -> v.name, (v, x) -> v.name = x);
        binder.forField(company).bind(v -> v.company, (v, x) -> v.company = x);
        binder.forField(contactPerson).bind(v -> v.contactPerson, (v, x) -> v.contactPerson = x);
        binder.forField(emails).bind(v -> v.emails, (v, x) -> v.emails = x);
        binder.forField(phones).bind(v -> v.phones, (v, x) -> v.phones = x);
        binder.forField(handles).bind(v -> v.handles, (v, x) -> v.handles = x);
        binder.forField(owner).bind(v -> v.owner, (v, x) -> v.owner = x);
        binder.forField(language).bind(v -> v.language, (v, x) -> v.language = x);
        name.setId("customer-name");
        company.setId("customer-company");
        contactPerson.setId("customer-contact-person");
        emails.setId("customer-emails");
        phones.setId("customer-phones");
        handles.setId("customer-handles");
        owner.setId("customer-owner");
        language.setId("customer-language");
        name.setCaption(t.get("field.name"));
        company.setCaption(t.get("field.company"));
        contactPerson.setCaption(t.get("field.contactPerson"));
        emails.setCaption(t.get("field.emailsOnePerLine"));
        phones.setCaption(t.get("field.phonesOnePerLine"));
        handles.setCaption(t.get("field.handlesOnePerLine"));
        handles.setPlaceholder(t.get("field.handlesExample"));
        owner.setCaption(t.get("field.owner"));
        language.setCaption(t.get("field.language"));
        language.setDescription(t.get("field.languageHelp"));
        for (AbstractComponent c : byField.values()) {
            c.setWidth("100%");
        }
        emails.setRows(2);
        phones.setRows(2);
        handles.setRows(2);
        name.setMaxLength(200);
        company.setMaxLength(200);
        contactPerson.setMaxLength(200);

        StaffMember currentOwner = customer == null ? null : session.call(() -> names.find(customer.ownerId()));
        List<StaffMember> choices = new ArrayList<>(names.all().stream().filter(StaffMember::active).toList());
        if (currentOwner != null && !choices.contains(currentOwner)) {
            choices.add(currentOwner);
        }
        owner.setItems(choices);
        owner.setItemCaptionGenerator(m -> m.active() ? StaffNames.label(m) : t.get("owner.inactive", StaffNames.label(m)));
        owner.setEmptySelectionAllowed(true);
        owner.setPlaceholder(t.get("owner.none"));
        List<String> tags = new ArrayList<>(LANGUAGES);
        if (customer != null && customer.language() != null && !tags.contains(customer.language())) {
            tags.add(customer.language()); // a tag set through the API stays selectable
        }
        language.setItems(tags);
        language.setItemCaptionGenerator(tag -> Locale.forLanguageTag(tag).getDisplayName(session.locale()) + " (" + tag + ")");
        language.setEmptySelectionAllowed(true);
        language.setPlaceholder(t.get("language.unknown"));

        if (customer != null) {
            Values v = new Values();
            v.name = customer.name();
            v.company = nullToEmpty(customer.company());
            v.contactPerson = nullToEmpty(customer.contactPerson());
            v.emails = ContactLines.join(customer.emails());
            v.phones = ContactLines.join(customer.phones());
            v.handles = ContactLines.format(customer.handles());
            v.owner = currentOwner;
            v.language = customer.language();
            binder.readBean(v);
        }

        FormLayout form = new FormLayout(name, company, contactPerson, emails, phones, handles, owner, language);
        form.setMargin(false);
        Button save = new Button(t.get("save"), e -> save());
        save.setId("customer-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button delete = new Button(t.get("delete"), e -> confirmDelete());
        delete.setId("customer-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        delete.setVisible(customer != null && editable);
        Button cancel = new Button(t.get(editable ? "cancel" : "close"), e -> close());
        cancel.setId("customer-cancel");
        save.setVisible(editable);
        if (!editable) {
            binder.setReadOnly(true);
        }
        VerticalLayout left = new VerticalLayout(form, new HorizontalLayout(save, delete, cancel));
        left.setMargin(false);
        Component content = customer == null ? left : withNotes(left, editable);
        VerticalLayout root = new VerticalLayout(content);
        root.setMargin(true);
        setContent(root);
        name.focus();
    }

    /** The form on the left, the card's notes (newest first) and a box to add one on the right. */
    private Component withNotes(Component left, boolean editable) {
        Label title = new Label(t.get("notes"));
        title.addStyleName(ValoTheme.LABEL_H4);
        title.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        notesList.setId("customer-notes");
        notesList.setMargin(true);
        notesList.setSpacing(false);
        Panel scroll = new Panel(notesList);
        scroll.setHeight("300px");
        scroll.setWidth("100%");
        noteText.setId("customer-note-text");
        noteText.setPlaceholder(t.get("note.placeholder"));
        noteText.setRows(3);
        noteText.setWidth("100%");
        noteText.setMaxLength(4000);
        Button addNote = new Button(t.get("note.add"), e -> addNote());
        addNote.setId("customer-note-add");
        noteText.setVisible(editable);
        addNote.setVisible(editable);
        VerticalLayout right = new VerticalLayout(title, scroll, noteText, addNote);
        right.setMargin(false);
        loadNotes();
        HorizontalLayout both = new HorizontalLayout(left, right);
        both.setWidth("100%");
        both.setExpandRatio(left, 3);
        both.setExpandRatio(right, 2);
        return both;
    }

    private void save() {
        errors.clear();
        Values v = new Values();
        binder.writeBeanIfValid(v);
        ContactLines.Lines emailLines = ContactLines.lines(v.emails);
        ContactLines.Lines phoneLines = ContactLines.lines(v.phones);
        ContactLines.Lines handleLines = ContactLines.lines(v.handles);
        List<Handle> handleList;
        try {
            handleList = ContactLines.handles(handleLines);
        } catch (ContactLines.NoChannelException e) {
            mark(handles, t.get("error.line", e.line(), t.get("error.handleLine")));
            return;
        }
        String ownerId = v.owner == null ? "" : v.owner.id();
        if (customer != null && Objects.equals(ownerId, nullToEmpty(customer.ownerId()))) {
            ownerId = null; // unchanged: keep it, even if that member has since been deactivated
        }
        CustomerValues values = new CustomerValues(v.name, v.company, v.contactPerson,
                emailLines.values(), phoneLines.values(), handleList, ownerId, v.language == null ? "" : v.language);
        Customer saved;
        try {
            saved = session.call(() -> customer == null ? customers.create(values) : customers.update(customer.id(), values).orElse(null));
        } catch (ProblemException e) {
            if (!show(e, Map.of("emails", emailLines, "phones", phoneLines, "handles", handleLines))) {
                session.notifyError(e);
            }
            return;
        } catch (RuntimeException e) {
            session.notifyError(e);
            return;
        }
        if (saved == null) {
            session.notifyError(t.get("gone"));
        } else {
            session.notifySuccess(t.get("saved", saved.name()));
        }
        changed.run();
        close();
    }

    /** Marks the field a 400 names, with the line for lists; false when it names none of this form's fields. */
    private boolean show(ProblemException e, Map<String, ContactLines.Lines> linesByField) {
        FieldErrors.Target target = e.status() == 400 ? errors.targetOf(e.field()) : null;
        if (target == null) {
            return false;
        }
        String message = errors.text(e);
        ContactLines.Lines lines = linesByField.get(ContactLines.baseField(e.field()));
        int line = lines == null ? -1 : lines.lineOf(ContactLines.index(e.field()));
        mark(target.component(), line > 0 ? t.get("error.line", line, message) : message);
        return true;
    }

    /** What a problem calls a field: the list's name for the lists, else the field's caption. */
    private String listName(String field) {
        return switch (field) {
            case "emails", "phones" -> t.get("field." + field);
            case "handles" -> t.get("field.handlesOnePerLine");
            default -> null;
        };
    }

    private void mark(AbstractComponent c, String message) {
        errors.mark(c, message);
        session.notifyError(message);
    }

    private void confirmDelete() {
        ConfirmDialog.ask("customer-delete", t.get("delete.title"), t.get("delete.question", customer.name()), t.get("delete"),
                t.get("cancel"), true, this::delete);
    }

    private void delete() {
        boolean[] deleted = new boolean[1];
        if (session.attempt(() -> deleted[0] = customers.delete(customer.id()))) {
            if (deleted[0]) {
                session.notifySuccess(t.get("deleted", customer.name()));
            } else {
                session.notifyError(t.get("gone"));
            }
            changed.run();
            close();
        }
    }

    private void addNote() {
        String text = noteText.getValue();
        boolean[] gone = new boolean[1];
        if (!noteErrors.attempt(session, () -> gone[0] = customers.addNote(customer.id(), text).isEmpty())) {
            return;
        }
        if (gone[0]) {
            session.notifyError(t.get("gone"));
            return;
        }
        noteText.clear();
        loadNotes();
    }

    /** A note as shown: who and when, then the text. */
    private record NoteLine(String meta, String text) {
    }

    private void loadNotes() {
        Times when = Times.of(session);
        List<NoteLine> lines = session.call(() -> customers.notes(customer.id(), null, NOTES_SHOWN).orElse(List.of()).stream()
                .map(n -> new NoteLine(t.get("note.meta", author(n), when.dateTime(n.createdAt())), n.text())).toList());
        notesList.removeAllComponents();
        if (lines.isEmpty()) {
            Label none = new Label(t.get("notes.none"));
            none.addStyleName(ValoTheme.LABEL_LIGHT);
            notesList.addComponent(none);
        }
        for (NoteLine n : lines) {
            Label meta = new Label(n.meta());
            meta.addStyleName(ValoTheme.LABEL_SMALL);
            meta.addStyleName(ValoTheme.LABEL_LIGHT);
            Label text = new Label(Html.escapeLines(n.text()), ContentMode.HTML);
            text.setWidth("100%");
            text.addStyleName("customer-note");
            notesList.addComponents(meta, text);
        }
    }

    /** The author's name for a "user:ID" actor (with the tenant bound), else a neutral label for API keys. */
    private String author(CustomerNote n) {
        String a = n.author();
        if (a != null && a.startsWith("user:")) {
            StaffMember m = names.find(a.substring("user:".length()));
            return m == null ? t.get("note.formerStaff") : StaffNames.label(m);
        }
        return t.get("note.apiKey");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
