package org.offerbridge.quotation.internal.rest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.offerbridge.platform.api.rest.HtmlText;
import org.offerbridge.quotation.api.PublicQuote;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.Totals;

/**
 * The customer's page as one small HTML document: inline styles and script only (no external assets), every value
 * escaped, texts from the l10n/quote-page bundles (the languages in {@link #SUPPORTED}). Accept and reject are plain HTML forms posting
 * {@code application/x-www-form-urlencoded} to {token}/accept and {token}/reject, so the page works without JavaScript;
 * the small script only keeps a second tap from sending the form twice.
 */
final class PublicPage {
    /** The languages the page is written in (l10n/quote-page_*.properties); English first, the fallback. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ru"), Locale.forLanguageTag("uk"), Locale.forLanguageTag("hi"));
    private static final String BUNDLE = "l10n.quote-page";
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:48rem;margin:auto;color:#222}"
            + "table{width:100%;border-collapse:collapse;font-size:.95rem}th,td{padding:.4rem;border-bottom:1px solid #ddd;text-align:left}"
            + "td.n,th.n{text-align:right;white-space:nowrap}.t td{font-weight:600}form{margin:1rem 0}input{padding:.5rem;width:100%;box-sizing:border-box;"
            + "margin:.3rem 0}button{padding:.6rem 1.2rem;margin-top:.3rem}.msg{padding:1rem;background:#f3f3f3;border-radius:.4rem}"
            + ".err{color:#a00000;font-weight:600}div.err{background:#fdecec;color:#a00000}input[aria-invalid=true]{border:2px solid #a00000}"
            + ".no{white-space:nowrap}.opt{display:block;color:#555;font-size:.85rem}@media(max-width:30rem){th.d,td.d{display:none}}";
    /**
     * Enhances the plain forms, which work without it: once one is sent, both buttons are disabled so a second tap
     * cannot post twice (a page restored from the back/forward cache gets them back).
     */
    private static final String SCRIPT = "(function(){var b=function(){return document.querySelectorAll('form[method=post] button');};"
            + "document.querySelectorAll('form[method=post]').forEach(function(f){f.addEventListener('submit',function(){"
            + "b().forEach(function(x){x.disabled=true;});});});window.addEventListener('pageshow',function(){"
            + "b().forEach(function(x){x.disabled=false;});});})();";
    /**
     * Nothing but this page's own style and script may run, forms post only back to this server, and no other site
     * may frame the page (a known link in a hidden frame could otherwise be clicked through).
     */
    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** Sent with every HTML answer of the page: never cached or indexed, no referrer (the token is in the URL), no framing. */
    static final Map<String, String> HEADERS = headers();
    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;

    /**
     * Why a form post was not done, shown on the page again: {@code field} (name or reason) with what was typed, or
     * no field for the page as a whole. {@code key} names the text in the bundle, {@code arg} fills it.
     */
    record Notice(String action, String field, String key, Object arg, String typed) {
        static Notice field(String action, String field, String key, Object arg, String typed) {
            return new Notice(action, field, key, arg, typed);
        }

        static Notice page(String key) {
            return new Notice(null, null, key, null, null);
        }
    }

    private PublicPage() {
    }

    static ResourceBundle texts(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, PublicPage.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, PublicPage.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }

    /** The quote's language when we know the customer's, else the best of the browser's we have, else English. */
    static Locale language(String quoteLocale, String acceptLanguage) {
        if (quoteLocale != null) {
            Locale l = Locale.forLanguageTag(quoteLocale);
            for (Locale s : SUPPORTED) {
                if (s.getLanguage().equals(l.getLanguage())) {
                    return s;
                }
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: English
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * @param self the page's own address relative to where it is shown, for its relative links (the forms and the PDF):
     *     the token on GET /q/{token}, "../{token}" on the answer to a post to /q/{token}/accept
     * @param pdf whether to offer the PDF download (false while no renderer is installed)
     * @param notice what went wrong with the last form post, or null
     */
    static String quote(PublicQuote q, Locale locale, String self, boolean pdf, Notice notice) {
        ResourceBundle t = texts(locale);
        StringBuilder h = new StringBuilder();
        String title = text(t, "title", q.number());
        head(h, locale, notice == null ? title : text(t, "error.prefix", title));
        // the number stays on one line on a narrow screen instead of breaking at its hyphens
        String number = esc(q.number());
        h.append("<h1>").append(esc(title).replace(number, "<span class=\"no\">" + number + "</span>")).append("</h1>");
        if (notice != null && notice.field() == null) {
            h.append("<div class=\"msg err\" role=\"alert\">").append(esc(text(t, notice.key(), notice.arg()))).append("</div>");
        }
        if (q.revision() > 1) {
            h.append("<p>").append(esc(text(t, "revision", q.revision()))).append("</p>");
        }
        if (q.sellerName() != null) {
            h.append("<p>").append(esc(text(t, "from", q.sellerName()))).append("<br>");
        } else {
            h.append("<p>");
        }
        h.append(esc(text(t, "for", q.customerName()))).append("<br>").append(esc(text(t, "validUntil", date(q.validUntil(), locale)))).append("</p>");
        if (q.state() == PublicQuote.State.EXPIRED) {
            h.append("<div class=\"msg\" id=\"state-expired\"><h2>").append(esc(t.getString("expired.title"))).append("</h2><p>")
                    .append(esc(t.getString("expired.text"))).append("</p></div>");
        } else if (q.state() == PublicQuote.State.SUPERSEDED) {
            h.append("<div class=\"msg\" id=\"state-superseded\"><h2>").append(esc(t.getString("superseded.title"))).append("</h2><p>")
                    .append(esc(t.getString("superseded.text"))).append("</p></div>");
        }
        table(h, t, q, locale);
        h.append("<p>").append(esc(t.getString(q.pricesIncludeTax() ? "pricesIncludeTax" : "pricesExcludeTax"))).append("</p>");
        if (pdf) {
            h.append("<p><a href=\"").append(esc(self)).append("/pdf\" download>").append(esc(t.getString("downloadPdf"))).append("</a></p>");
        }
        switch (q.state()) {
            case OPEN -> {
                form(h, t, self, "accept", "name", "acceptName", "accept", MAX_NAME, true, notice);
                form(h, t, self, "reject", "reason", "rejectReason", "reject", MAX_REASON, false, notice);
                h.append("<script>").append(SCRIPT).append("</script>");
            }
            case ACCEPTED -> h.append("<p class=\"msg\" id=\"state-accepted\">").append(esc(t.getString("accepted"))).append("</p>");
            case REJECTED -> h.append("<p class=\"msg\" id=\"state-rejected\">").append(esc(t.getString("rejected"))).append("</p>");
            default -> {
                // expired and superseded say so above the lines
            }
        }
        return h.append("</body></html>").toString();
    }

    /**
     * A page with a message only and a link back to the quotation (for a form post that came from another site, or a
     * client over the rate limit).
     */
    static String message(Locale locale, String key, String pageHref) {
        ResourceBundle t = texts(locale);
        StringBuilder h = new StringBuilder();
        head(h, locale, t.getString(key + ".title"));
        h.append("<div class=\"msg err\" role=\"alert\"><h1>").append(esc(t.getString(key + ".title"))).append("</h1><p>")
                .append(esc(t.getString(key + ".text"))).append("</p><p><a href=\"").append(esc(pageHref)).append("\">")
                .append(esc(t.getString("backToQuote"))).append("</a></p></div></body></html>");
        return h.toString();
    }

    /** For unknown and revoked links alike. */
    static String invalid(Locale locale) {
        ResourceBundle t = texts(locale);
        StringBuilder h = new StringBuilder();
        head(h, locale, t.getString("invalid.title"));
        h.append("<div class=\"msg\" id=\"state-invalid\"><h1>").append(esc(t.getString("invalid.title"))).append("</h1><p>")
                .append(esc(t.getString("invalid.text"))).append("</p></div></body></html>");
        return h.toString();
    }

    private static void table(StringBuilder h, ResourceBundle t, PublicQuote q, Locale locale) {
        h.append("<table><thead><tr><th>").append(esc(t.getString("col.item"))).append("</th><th class=\"n\">")
                .append(esc(t.getString("col.quantity"))).append("</th><th class=\"n d\">").append(esc(t.getString("col.unitPrice")))
                .append("</th><th class=\"n d\">").append(esc(t.getString("col.discount"))).append("</th><th class=\"n d\">")
                .append(esc(t.getString("col.tax"))).append("</th><th class=\"n\">").append(esc(t.getString("col.total")))
                .append("</th></tr></thead><tbody>");
        for (QuoteLine l : q.lines()) {
            h.append("<tr><td>").append(esc(l.name())).append(" <small>").append(esc(l.sku())).append("</small>");
            if (!l.options().isEmpty()) {
                // the product's options chosen for the line, under its name: "Colour: Blue · Size: M"
                h.append("<span class=\"opt\">").append(esc(options(l.options()))).append("</span>");
            }
            h.append("</td><td class=\"n\">")
                    .append(esc(number(l.quantity(), locale))).append(' ').append(esc(l.unit())).append("</td><td class=\"n d\">")
                    .append(esc(number(l.unitPrice(), locale))).append("</td><td class=\"n d\">")
                    .append(l.discountPercent().signum() == 0 ? "" : esc(number(l.discountPercent(), locale)) + " %")
                    .append("</td><td class=\"n d\">").append(esc(number(l.taxRate(), locale))).append(" %</td><td class=\"n\">")
                    .append(esc(number(l.lineTotal(), locale))).append("</td></tr>");
        }
        Totals s = q.totals();
        h.append("</tbody><tfoot>");
        row(h, t.getString("net"), number(s.net(), locale), q.currency());
        for (Totals.TaxAmount x : s.taxes()) {
            row(h, text(t, "tax", number(x.rate(), locale)), number(x.amount(), locale), q.currency());
        }
        if (s.discount().signum() > 0) {
            row(h, t.getString("discount"), number(s.discount(), locale), q.currency());
        }
        h.append("<tr class=\"t\"><td colspan=\"2\">").append(esc(t.getString("gross"))).append(GAP).append("<td class=\"n\">")
                .append(esc(number(s.gross(), locale))).append(' ').append(esc(q.currency())).append("</td></tr></tfoot></table>");
    }

    /**
     * Ends a totals label: the label spans item and quantity, this gap the three detail columns, so the amounts stand
     * under the line totals also on a phone, where the detail columns are hidden.
     */
    /** A line's chosen options as one line of text, in their order. */
    static String options(java.util.Map<String, String> options) {
        return options.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(java.util.stream.Collectors.joining(" · "));
    }

    private static final String GAP = "</td><td class=\"d\" colspan=\"3\"></td>";

    /** A number as the customer's language writes it, with exactly its own digits after the decimal separator. */
    static String number(BigDecimal value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        int scale = Math.max(0, value.scale());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f.format(value);
    }

    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    private static void row(StringBuilder h, String label, String amount, String currency) {
        h.append("<tr><td colspan=\"2\">").append(esc(label)).append(GAP).append("<td class=\"n\">").append(esc(amount)).append(' ')
                .append(esc(currency)).append("</td></tr>");
    }

    /**
     * One decision as a plain form posting back to the page's own link; with the notice for its field, the field is
     * marked invalid, focused and refilled with what was typed, and the message stands right under it.
     */
    private static void form(StringBuilder h, ResourceBundle t, String self, String action, String field, String label, String button,
            int max, boolean required, Notice notice) {
        String id = action + "-" + field;
        boolean invalid = notice != null && action.equals(notice.action()) && field.equals(notice.field());
        h.append("<form id=\"").append(action).append("-form\" method=\"post\" action=\"").append(esc(self)).append('/').append(action)
                .append("\" accept-charset=\"utf-8\"><label for=\"").append(id).append("\">").append(esc(t.getString(label)))
                .append("</label><input id=\"").append(id).append("\" name=\"").append(field).append("\" maxlength=\"").append(max)
                .append('"').append(required ? " required autocomplete=\"name\"" : " autocomplete=\"off\"");
        if (invalid) {
            h.append(" aria-invalid=\"true\" aria-describedby=\"").append(id).append("-error\" autofocus");
            if (notice.typed() != null) {
                h.append(" value=\"").append(esc(notice.typed())).append('"');
            }
        }
        h.append('>');
        if (invalid) {
            h.append("<p class=\"err\" id=\"").append(id).append("-error\" role=\"alert\">").append(esc(text(t, notice.key(), notice.arg())))
                    .append("</p>");
        }
        h.append("<button type=\"submit\" id=\"").append(action).append("-button\">").append(esc(t.getString(button)))
                .append("</button></form>");
    }

    private static void head(StringBuilder h, Locale locale, String title) {
        h.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cache-Control", "no-store");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Robots-Tag", "noindex");
        h.put("Content-Security-Policy", CSP);
        h.put("X-Frame-Options", "DENY");
        h.put("X-Content-Type-Options", "nosniff");
        return Collections.unmodifiableMap(h);
    }

    private static String text(ResourceBundle t, String key, Object arg) {
        return new MessageFormat(t.getString(key), t.getLocale()).format(new Object[] {String.valueOf(arg)});
    }

    private static String sha256(String s) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String esc(String s) {
        return HtmlText.escape(s);
    }
}
