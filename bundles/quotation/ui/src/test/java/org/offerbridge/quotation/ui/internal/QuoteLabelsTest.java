package org.offerbridge.quotation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;

class QuoteLabelsTest {
    private static QuoteLabels labels(Locale l) {
        return new QuoteLabels(Texts.of(QuoteLabels.class, l), "u-42", new Times(l, ZoneOffset.UTC));
    }

    @Test
    void moneyHasTheCurrencysMinorUnitsAndTheLocalesSeparators() {
        QuoteLabels en = labels(Locale.ENGLISH);
        assertEquals("1,234.50 INR", en.money(new BigDecimal("1234.5"), "INR"));
        assertEquals("0.00 EUR", en.money(BigDecimal.ZERO, "EUR"));
        assertEquals("1,235 JPY", en.money(new BigDecimal("1235"), "JPY"));
        assertEquals("12.345 BHD", en.money(new BigDecimal("12.345"), "BHD"));
        assertEquals("1.234,50 EUR", labels(Locale.GERMAN).money(new BigDecimal("1234.50"), "EUR"));
        assertEquals("", en.money(null, "EUR"));
    }

    @Test
    void everyStatusTheFilterOffersHasATextInEnglishAndGerman() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            QuoteLabels labels = labels(l);
            for (QuoteStatus s : QuotesView.FILTERS) {
                String text = labels.status(s);
                assertFalse(text.startsWith("!"), s + " untranslated in " + l);
            }
        }
        assertEquals("Draft", labels(Locale.ENGLISH).status(QuoteStatus.DRAFT));
        assertEquals("Ersetzt", labels(Locale.GERMAN).status(QuoteStatus.SUPERSEDED));
        assertEquals(QuoteStatus.values().length, QuotesView.FILTERS.size(), "the filter offers every status");
    }

    @Test
    void transitionsShowBothStatusesOnlyWhenTheStatusChanged() {
        QuoteLabels en = labels(Locale.ENGLISH);
        assertEquals("Draft \u2192 Sent", en.transition(QuoteStatus.DRAFT, QuoteStatus.SENT));
        assertEquals("Draft", en.transition(QuoteStatus.DRAFT, QuoteStatus.DRAFT));
        assertEquals("Draft", en.transition(null, QuoteStatus.DRAFT));
    }

    @Test
    void actorsReadAsWhoTookTheStep() {
        QuoteLabels en = labels(Locale.ENGLISH);
        assertEquals("You", en.actor("user:u-42"));
        assertEquals("Staff member 0123abcd", en.actor("user:0123abcd-9999"));
        assertEquals("API key k1", en.actor("apikey:k1"));
        assertEquals("Customer (public link)", en.actor("link:l-1"));
        assertEquals("System", en.actor("system"));
        assertEquals("System", en.actor(null));
    }

    @Test
    void eventsAreNamedAndUnknownOnesShowTheirCode() {
        QuoteLabels en = labels(Locale.ENGLISH);
        assertEquals("Sent", en.event("quote.sent"));
        assertEquals("quote.signed", en.event("quote.signed"));
    }

    @Test
    void datesCustomersAndPercentages() {
        QuoteLabels en = labels(Locale.ENGLISH);
        assertEquals("Jan 31, 2027", en.date(LocalDate.of(2027, 1, 31)));
        assertTrue(en.time(Instant.parse("2026-12-03T08:15:00Z")).contains("2026"));
        assertEquals("18 %", en.percent(new BigDecimal("18.00")));
        assertEquals("7,5 %", labels(Locale.GERMAN).percent(new BigDecimal("7.5")));
        assertEquals("Sharma Traders <buy@sharma.example>", en.customer(new QuoteCustomer(null, "Sharma Traders", "buy@sharma.example", null)));
        assertEquals("buy@sharma.example", en.customer(new QuoteCustomer(null, " ", "buy@sharma.example", null)));
        assertEquals("", en.customer(null));
    }
}
