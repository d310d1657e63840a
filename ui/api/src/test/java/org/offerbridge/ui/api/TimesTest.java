package org.offerbridge.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void theStaffMembersZoneThenTheBrowsersThenUtc() {
        assertEquals(ZoneId.of("Asia/Kolkata"), Times.zone("Asia/Kolkata", "Europe/Berlin"));
        assertEquals(ZoneId.of("Europe/Berlin"), Times.zone(null, "Europe/Berlin"));
        assertEquals(ZoneId.of("Europe/Berlin"), Times.zone(" ", "Europe/Berlin"));
        assertEquals(ZoneId.of("Europe/Berlin"), Times.zone("Mars/Olympus", "Europe/Berlin"), "no zone: the next one");
        assertEquals(ZoneOffset.UTC, Times.zone(null, null), "never the server's zone");
    }

    @Test
    void showsTimesInTheZoneAndLanguage() {
        Instant at = Instant.parse("2026-12-07T10:05:00Z");
        Times kolkata = new Times(Locale.ENGLISH, ZoneId.of("Asia/Kolkata"));
        assertEquals(kolkata.dateTime(at).contains("3:35"), true, kolkata.dateTime(at));
        Times berlin = new Times(Locale.GERMAN, ZoneId.of("Europe/Berlin"));
        assertEquals("07.12.2026, 11:05", berlin.dateTime(at));
        assertEquals("07.12.2026", berlin.date(LocalDate.of(2026, 12, 7)));
        assertEquals("", berlin.dateTime(null));
        assertEquals("", berlin.date(null));
        assertEquals(ZoneOffset.UTC, new Times(null, null).zone());
        assertEquals(Locale.ENGLISH, new Times(null, null).locale());
    }
}
