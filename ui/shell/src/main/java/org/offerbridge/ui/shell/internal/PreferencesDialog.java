package org.offerbridge.ui.shell.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.platform.api.admin.StaffAdministration.Preferences;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * "My profile": the staff member's own language of the admin UI and time zone, for every role. Empty means "as my
 * browser". A change reloads the page, so every view speaks the new language and shows times in the new zone.
 */
final class PreferencesDialog extends Window {
    private static final long serialVersionUID = 1L;
    /** The languages {@link StaffAdministration#updateMyPreferences} accepts. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ru", "uk", "hi");
    /** Region zones (Europe/Berlin) and UTC; not the legacy aliases (CET, SystemV/..., Etc/GMT+5). */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.equals("UTC") || (z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")))
            .sorted().toList();

    PreferencesDialog(StaffAdministration staff, UiSession session, Runnable changed) {
        Texts t = ShellTexts.of(session.locale());
        setId("preferences-dialog");
        setCaption(t.get("preferences.title"));
        setModal(true);
        setResizable(false);
        setWidth("460px");
        Preferences current = session.call(staff::myPreferences);

        ComboBox<String> language = new ComboBox<>(t.get("preferences.language"), LANGUAGES);
        language.setId("preferences-language");
        language.setItemCaptionGenerator(PreferencesDialog::languageName);
        language.setEmptySelectionCaption(t.get("preferences.asBrowser"));
        language.setTextInputAllowed(false);
        language.setValue(known(LANGUAGES, current.language()));
        ComboBox<String> zone = new ComboBox<>(t.get("preferences.timeZone"), ZONES);
        zone.setId("preferences-zone");
        zone.setEmptySelectionCaption(t.get("preferences.asBrowser"));
        zone.setPlaceholder(t.get("preferences.asBrowser"));
        zone.setValue(known(ZONES, current.timeZone()));
        for (ComboBox<String> box : List.of(language, zone)) {
            box.setEmptySelectionAllowed(true);
            box.setWidth("100%");
        }
        FieldErrors errors = new FieldErrors(session.locale()).bind("language", language).bind("timeZone", zone);

        Button save = new Button(t.get("common.save"), e -> {
            String lang = language.getValue();
            String tz = zone.getValue();
            if (errors.attempt(session, () -> staff.updateMyPreferences(lang, tz))) {
                close();
                if (!Objects.equals(lang, current.language()) || !Objects.equals(tz, current.timeZone())) {
                    changed.run();
                }
            }
        });
        save.setId("preferences-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(t.get("common.cancel"), e -> close());
        cancel.setId("preferences-cancel");
        FormLayout form = new FormLayout(language, zone);
        form.setMargin(false);
        VerticalLayout content = new VerticalLayout(form, new HorizontalLayout(save, cancel));
        content.setMargin(true);
        setContent(content);
    }

    /** A language in its own words ("Deutsch", "हिन्दी"), so anyone finds theirs. */
    /** The value when the list offers it, else null ("as my browser"); a new user has neither preference yet. */
    static String known(List<String> offered, String value) {
        return value != null && offered.contains(value) ? value : null;
    }

    static String languageName(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }
}
