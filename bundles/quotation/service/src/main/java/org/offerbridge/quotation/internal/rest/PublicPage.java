package org.offerbridge.quotation.internal.rest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.offerbridge.quotation.api.PublicQuote;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.Totals;

/**
 * The customer's page as one small HTML document: inline styles and script only (no external assets), every value
 * escaped, texts from the l10n/quote-page bundles (English, German).
 */
final class PublicPage {
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final String BUNDLE = "l10n.quote-page";
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:48rem;margin:auto;color:#222}"
            + "table{width:100%;border-collapse:collapse;font-size:.95rem}th,td{padding:.4rem;border-bottom:1px solid #ddd;text-align:left}"
            + "td.n,th.n{text-align:right}.t td{font-weight:600}form{margin:1rem 0}input{padding:.5rem;width:100%;box-sizing:border-box;"
            + "margin:.3rem 0}button{padding:.6rem 1.2rem;margin-top:.3rem}.msg{padding:1rem;background:#f3f3f3;border-radius:.4rem}"
            + "@media(max-width:30rem){th.d,td.d{display:none}}";
    /** Posts the forms as JSON to {page}/accept and {page}/reject, then reloads to show the outcome. */
    private static final String SCRIPT = "document.querySelectorAll('form[data-action]').forEach(function(f){f.addEventListener('submit',"
            + "function(e){e.preventDefault();var b={};b[f.dataset.field]=f.elements[0].value;fetch(location.pathname.replace(/\\/$/,'')+'/'"
            + "+f.dataset.action,{method:'POST',headers:{'Content-Type':'application/json'},body:JSON.stringify(b)}).then(function(r){"
            + "if(r.ok){location.reload();}else{alert(f.dataset.failed);}});});});";

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

    /** @param pdfHref the download link relative to the page, or null while no PDF renderer is installed */
    static String quote(PublicQuote q, Locale locale, String pdfHref) {
        ResourceBundle t = texts(locale);
        StringBuilder h = new StringBuilder();
        head(h, locale, text(t, "title", q.number()));
        h.append("<h1>").append(esc(text(t, "title", q.number()))).append("</h1>");
        if (q.revision() > 1) {
            h.append("<p>").append(esc(text(t, "revision", q.revision()))).append("</p>");
        }
        if (q.sellerName() != null) {
            h.append("<p>").append(esc(text(t, "from", q.sellerName()))).append("<br>");
        } else {
            h.append("<p>");
        }
        h.append(esc(text(t, "for", q.customerName()))).append("<br>").append(esc(text(t, "validUntil", q.validUntil()))).append("</p>");
        if (q.state() == PublicQuote.State.EXPIRED) {
            h.append("<div class=\"msg\"><h2>").append(esc(t.getString("expired.title"))).append("</h2><p>")
                    .append(esc(t.getString("expired.text"))).append("</p></div>");
        } else if (q.state() == PublicQuote.State.SUPERSEDED) {
            h.append("<div class=\"msg\"><h2>").append(esc(t.getString("superseded.title"))).append("</h2><p>")
                    .append(esc(t.getString("superseded.text"))).append("</p></div>");
        }
        table(h, t, q);
        h.append("<p>").append(esc(t.getString(q.pricesIncludeTax() ? "pricesIncludeTax" : "pricesExcludeTax"))).append("</p>");
        if (pdfHref != null) {
            h.append("<p><a href=\"").append(esc(pdfHref)).append("\" download>").append(esc(t.getString("downloadPdf"))).append("</a></p>");
        }
        switch (q.state()) {
            case OPEN -> {
                form(h, "accept", "name", t.getString("acceptName"), t.getString("accept"), true, t.getString("failed"));
                form(h, "reject", "reason", t.getString("rejectReason"), t.getString("reject"), false, t.getString("failed"));
                h.append("<script>").append(SCRIPT).append("</script>");
            }
            case ACCEPTED -> h.append("<p class=\"msg\">").append(esc(t.getString("accepted"))).append("</p>");
            case REJECTED -> h.append("<p class=\"msg\">").append(esc(t.getString("rejected"))).append("</p>");
            default -> {
                // expired and superseded say so above the lines
            }
        }
        return h.append("</body></html>").toString();
    }

    /** For unknown and revoked links alike. */
    static String invalid(Locale locale) {
        ResourceBundle t = texts(locale);
        StringBuilder h = new StringBuilder();
        head(h, locale, t.getString("invalid.title"));
        h.append("<div class=\"msg\"><h1>").append(esc(t.getString("invalid.title"))).append("</h1><p>")
                .append(esc(t.getString("invalid.text"))).append("</p></div></body></html>");
        return h.toString();
    }

    private static void table(StringBuilder h, ResourceBundle t, PublicQuote q) {
        h.append("<table><thead><tr><th>").append(esc(t.getString("col.item"))).append("</th><th class=\"n\">")
                .append(esc(t.getString("col.quantity"))).append("</th><th class=\"n d\">").append(esc(t.getString("col.unitPrice")))
                .append("</th><th class=\"n d\">").append(esc(t.getString("col.discount"))).append("</th><th class=\"n d\">")
                .append(esc(t.getString("col.tax"))).append("</th><th class=\"n\">").append(esc(t.getString("col.total")))
                .append("</th></tr></thead><tbody>");
        for (QuoteLine l : q.lines()) {
            h.append("<tr><td>").append(esc(l.name())).append(" <small>").append(esc(l.sku())).append("</small></td><td class=\"n\">")
                    .append(esc(l.quantity().toPlainString())).append(' ').append(esc(l.unit())).append("</td><td class=\"n d\">")
                    .append(esc(l.unitPrice().toPlainString())).append("</td><td class=\"n d\">")
                    .append(l.discountPercent().signum() == 0 ? "" : esc(l.discountPercent().toPlainString()) + " %")
                    .append("</td><td class=\"n d\">").append(esc(l.taxRate().toPlainString())).append(" %</td><td class=\"n\">")
                    .append(esc(l.lineTotal().toPlainString())).append("</td></tr>");
        }
        Totals s = q.totals();
        h.append("</tbody><tfoot>");
        row(h, t.getString("net"), s.net().toPlainString(), q.currency());
        for (Totals.TaxAmount x : s.taxes()) {
            row(h, text(t, "tax", x.rate().toPlainString()), x.amount().toPlainString(), q.currency());
        }
        if (s.discount().signum() > 0) {
            row(h, t.getString("discount"), s.discount().toPlainString(), q.currency());
        }
        h.append("<tr class=\"t\"><td colspan=\"5\">").append(esc(t.getString("gross"))).append("</td><td class=\"n\">")
                .append(esc(s.gross().toPlainString())).append(' ').append(esc(q.currency())).append("</td></tr></tfoot></table>");
    }

    private static void row(StringBuilder h, String label, String amount, String currency) {
        h.append("<tr><td colspan=\"5\">").append(esc(label)).append("</td><td class=\"n\">").append(esc(amount)).append(' ')
                .append(esc(currency)).append("</td></tr>");
    }

    private static void form(StringBuilder h, String action, String field, String label, String button, boolean required, String failed) {
        h.append("<form data-action=\"").append(action).append("\" data-field=\"").append(field).append("\" data-failed=\"")
                .append(esc(failed)).append("\"><label>").append(esc(label)).append("<input name=\"").append(field).append("\" maxlength=\"")
                .append(required ? 200 : 1000).append('"').append(required ? " required" : "").append("></label><button type=\"submit\">")
                .append(esc(button)).append("</button></form>");
    }

    private static void head(StringBuilder h, Locale locale, String title) {
        h.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    private static String text(ResourceBundle t, String key, Object arg) {
        return new MessageFormat(t.getString(key), t.getLocale()).format(new Object[] {String.valueOf(arg)});
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
