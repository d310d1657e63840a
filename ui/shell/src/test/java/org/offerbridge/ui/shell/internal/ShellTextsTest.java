package org.offerbridge.ui.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

class ShellTextsTest {

    @Test
    void theStaffMembersLanguageThenTheBrowsersThenEnglish() {
        assertEquals(Locale.GERMAN, ShellTexts.pick(Locale.GERMAN, Locale.ENGLISH));
        assertEquals(Locale.GERMANY, ShellTexts.pick(null, Locale.GERMANY));
        assertEquals(Locale.ENGLISH, ShellTexts.pick(null, Locale.JAPANESE), "a language without texts: English");
    }

    @Test
    void servicesProblemsAreSaidInTheUsersLanguage() {
        ProblemException required = FieldRules.invalid("companyName", "companyName is required", "field.required", "companyName");
        assertEquals("companyName ist erforderlich.", StaffUiSession.describe(required, Locale.GERMAN, null));
        assertEquals("A change is required",
                StaffUiSession.describe(ProblemException.invalid("body", "A change is required"), Locale.GERMAN, null), "no key: the detail");
        String unexpected = StaffUiSession.describe(new IllegalStateException("internal detail"), Locale.ENGLISH, null);
        assertTrue(unexpected.contains("ui-"), unexpected);
        assertFalse(unexpected.contains("internal detail"), unexpected);
    }

    @Test
    void offersTheSevenLanguagesInTheirOwnWordsAndRegionZones() {
        assertEquals("Deutsch", PreferencesDialog.languageName("de"));
        assertEquals("Français", PreferencesDialog.languageName("fr"));
        assertEquals("English", PreferencesDialog.languageName("en"));
        assertEquals(7, PreferencesDialog.LANGUAGES.size());
        assertTrue(PreferencesDialog.ZONES.contains("Asia/Kolkata"));
        assertTrue(PreferencesDialog.ZONES.contains("UTC"));
        assertFalse(PreferencesDialog.ZONES.contains("SystemV/EST5"));
        assertFalse(PreferencesDialog.ZONES.contains("Etc/GMT+5"));
        // a new staff member has no preference yet: the lists start at "as my browser"
        assertEquals(null, PreferencesDialog.known(PreferencesDialog.LANGUAGES, null));
        assertEquals(null, PreferencesDialog.known(PreferencesDialog.ZONES, null));
        assertEquals(null, PreferencesDialog.known(PreferencesDialog.LANGUAGES, "ja"));
        assertEquals("Asia/Kolkata", PreferencesDialog.known(PreferencesDialog.ZONES, "Asia/Kolkata"));
    }
}
