package org.offerbridge.quotation.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Decimals;
import org.offerbridge.ui.api.Times;

/**
 * Readable texts for a quote's values in the user's locale: statuses and timeline events by their keys in the
 * messages (the code itself when there is none), money with the currency's minor units, dates, times and actors.
 */
final class QuoteLabels {
    private static final String USER = "user:";
    private static final String API_KEY = "apikey:";
    private static final String LINK = "link:";
    private final Texts t;
    private final String currentUserId;
    private final Times times;

    /** @param currentUserId the logged-in user, whose own steps read "you"; may be null */
    QuoteLabels(Texts t, String currentUserId, Times times) {
        this.t = t;
        this.currentUserId = currentUserId;
        this.times = times;
    }

    String status(QuoteStatus s) {
        return s == null ? "" : t.get("status." + s.id());
    }

    /** "Draft → Sent"; just the status when it did not change (an approval, a revoked link). */
    String transition(QuoteStatus from, QuoteStatus to) {
        if (from == null || from == to) {
            return status(to);
        }
        return t.get("transition", status(from), status(to));
    }

    /** "quote.sent" → "Sent to the customer"; an event this UI does not know shows its code. */
    String event(String type) {
        if (type == null) {
            return "";
        }
        return t.has("event." + type) ? t.get("event." + type) : type;
    }

    /** Who took a step: you, a colleague, an API key, the customer (through their link) or the system. */
    String actor(String actor) {
        if (actor == null || actor.isBlank() || "system".equals(actor)) {
            return t.get("actor.system");
        }
        if (actor.startsWith(USER)) {
            String id = actor.substring(USER.length());
            return id.equals(currentUserId) ? t.get("actor.you") : t.get("actor.user", shortId(id));
        }
        if (actor.startsWith(API_KEY)) {
            return t.get("actor.apiKey", shortId(actor.substring(API_KEY.length())));
        }
        if (actor.startsWith(LINK)) {
            return t.get("actor.customer");
        }
        return actor;
    }

    /**
     * An amount in the quote's currency: grouped, with exactly the currency's minor units ("1,234.50 INR",
     * "1.234,50 EUR" in German, "1,235 JPY"). The service already rounded; this only shows.
     */
    String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        int digits = 2;
        if (currency != null) {
            try {
                digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            } catch (IllegalArgumentException e) {
                // not an ISO code: two decimals, as most currencies
            }
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(t.locale()));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String n = f.format(amount);
        return currency == null || currency.isBlank() ? n : n + " " + currency;
    }

    /** "18 %", "7,5 %" in German. */
    String percent(BigDecimal p) {
        return p == null ? "" : t.get("percent", Decimals.format(p, t.locale()));
    }

    String decimal(BigDecimal d) {
        return Decimals.format(d, t.locale());
    }

    String date(LocalDate d) {
        return times.date(d);
    }

    String time(Instant at) {
        return times.dateTime(at);
    }

    /** "Name <email>" from what the quote recorded. */
    String customer(QuoteCustomer c) {
        if (c == null) {
            return "";
        }
        boolean name = c.name() != null && !c.name().isBlank();
        boolean email = c.email() != null && !c.email().isBlank();
        if (name && email) {
            return c.name() + " <" + c.email() + ">";
        }
        return name ? c.name() : email ? c.email() : "";
    }

    private static String shortId(String id) {
        return id.length() <= 8 ? id : id.substring(0, 8);
    }
}
