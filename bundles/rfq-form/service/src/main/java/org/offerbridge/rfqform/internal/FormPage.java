package org.offerbridge.rfqform.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.platform.api.rest.HtmlText;

/**
 * The public form and its answers as small HTML documents: one inline style, no script, no external assets, every
 * value escaped, texts in the customer's language. The form is a plain {@code multipart/form-data} post to its own
 * address, so it works without JavaScript; each product is a fieldset with its quantity and a select per option; each
 * error stands under its field, linked with {@code aria-describedby}, and is listed with a link at the top.
 *
 * <p>Field names of the post: {@code name, email, phone, company, message}, {@code files} (any number),
 * {@code items.<row>.sku}, {@code items.<row>.quantity}, {@code items.<row>.option.<option name>}, the hidden
 * {@code formToken} and {@code lang}, and the honeypot {@code website}, which people never see and must leave empty.
 */
final class FormPage {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:40rem;color:#222;line-height:1.4}"
            + "fieldset{border:1px solid #ccc;border-radius:.4rem;margin:1rem 0;padding:.6rem .9rem}legend{font-weight:600;padding:0 .3rem}"
            + "fieldset fieldset{border-color:#e3e3e3}label{display:block;margin-top:.6rem}"
            + "input,select,textarea{font:inherit;padding:.45rem;width:100%;box-sizing:border-box;margin-top:.2rem}"
            + "textarea{min-height:7rem}input[type=number]{max-width:10rem}button{font:inherit;padding:.6rem 1.4rem;margin-top:1rem}"
            + ".hint{color:#555;font-size:.9rem;margin:.2rem 0}.err{color:#a00000;font-weight:600;margin:.2rem 0}"
            + "[aria-invalid=true]{border:2px solid #a00000}.box{padding:.8rem 1rem;border-radius:.4rem;background:#f3f3f3}"
            + ".box.err{background:#fdecec}.box ul{margin:.3rem 0 0;padding-left:1.2rem}.box a{color:#a00000}"
            + ".hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}.ref{font-size:1.2rem;font-weight:600}";
    /**
     * Only the page's own style; no script at all; forms post only back to this server. Unlike the quote page the form
     * may be framed: the seller's website shows it in an overlay or an inline frame (framing it elsewhere gains nothing,
     * as anyone may open the form and send it).
     */
    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors http: https:";
    /** Sent with every HTML answer: never cached or indexed, no referrer, no sniffing. */
    static final Map<String, String> HEADERS = headers();

    /** A product as the form shows it. */
    record Shown(Product product, String preset) {
    }

    /** What to refill after a refused post, by field name, and each field's error (text key and argument). */
    record Notice(Map<String, String> typed, Map<String, Error> errors, String pageKey) {
        static final Notice NONE = new Notice(Map.of(), Map.of(), null);
    }

    record Error(String key, Object arg) {
    }

    /**
     * Everything the form shows: {@code self} is the form's address relative to the page (its token), {@code formToken} the
     * signed token of this serving, {@code more} whether products were left out, {@code allLink} a link to the whole form
     * when a single product was chosen by {@code ?sku=}.
     */
    record View(Texts texts, String self, String formToken, String customerText, List<String> required, List<Shown> products,
            boolean more, String allLink, long maxFilesBytes, Notice notice) {
    }

    private FormPage() {
    }

    static String form(View v) {
        Texts t = v.texts();
        Notice n = v.notice() == null ? Notice.NONE : v.notice();
        StringBuilder h = new StringBuilder(8192);
        head(h, t.locale(), n.errors().isEmpty() && n.pageKey() == null ? t.get("title") : t.get("errors.title") + " · " + t.get("title"));
        h.append("<main><h1>").append(esc(t.get("title"))).append("</h1>");
        if (v.customerText() != null) {
            paragraphs(h, v.customerText());
        }
        if (n.pageKey() != null) {
            h.append("<div class=\"box err\" role=\"alert\" id=\"notice\"><p>").append(esc(t.get(n.pageKey()))).append("</p></div>");
        }
        if (!n.errors().isEmpty()) {
            h.append("<div class=\"box err\" role=\"alert\" id=\"errors\"><p>").append(esc(t.get("errors.title"))).append("</p><ul>");
            n.errors().forEach((field, e) -> h.append("<li><a href=\"#").append(esc(id(field))).append("\">").append(esc(errorText(t, e)))
                    .append("</a></li>"));
            h.append("</ul></div>");
        }
        h.append("<p class=\"hint\">").append(esc(t.get("required.note"))).append("</p>");
        h.append("<form method=\"post\" action=\"").append(esc(v.self())).append("\" enctype=\"multipart/form-data\" accept-charset=\"utf-8\">");
        h.append("<fieldset><legend>").append(esc(t.get("contact"))).append("</legend>");
        input(h, t, n, v.required(), "name", "text", "name", SubmissionRules.MAX_NAME);
        input(h, t, n, v.required(), "email", "email", "email", 254);
        input(h, t, n, v.required(), "phone", "tel", "tel", 40);
        input(h, t, n, v.required(), "company", "text", "organization", SubmissionRules.MAX_COMPANY);
        h.append("</fieldset>");
        if (!v.products().isEmpty()) {
            products(h, t, n, v);
        }
        h.append("<fieldset><legend>").append(esc(t.get("message"))).append("</legend>");
        String mid = id("message");
        h.append("<label for=\"").append(mid).append("\">").append(esc(label(t, "message", v.required()))).append("</label>");
        h.append("<p class=\"hint\" id=\"").append(mid).append("-hint\">").append(esc(t.get("message.hint"))).append("</p>");
        h.append("<textarea id=\"").append(mid).append("\" name=\"message\" maxlength=\"").append(SubmissionRules.MAX_MESSAGE).append('"');
        if (v.required().contains("message")) {
            h.append(" required");
        }
        describe(h, n, "message", mid + "-hint");
        h.append('>').append(esc(n.typed().get("message"))).append("</textarea>");
        fieldError(h, t, n, "message");
        String fid = id("files");
        h.append("<label for=\"").append(fid).append("\">").append(esc(t.get("files"))).append("</label>");
        h.append("<p class=\"hint\" id=\"").append(fid).append("-hint\">").append(esc(t.get("files.hint", size(v.maxFilesBytes(), t.locale()))))
                .append("</p><input type=\"file\" id=\"").append(fid).append("\" name=\"files\" multiple");
        describe(h, n, "files", fid + "-hint");
        h.append('>');
        fieldError(h, t, n, "files");
        h.append("</fieldset>");
        // people never see the honeypot (off screen, skipped by the tab key and screen readers); form-filling bots do
        h.append("<div class=\"hp\" aria-hidden=\"true\"><label for=\"f-website\">").append(esc(t.get("honeypot")))
                .append("</label><input id=\"f-website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></div>");
        h.append("<input type=\"hidden\" name=\"formToken\" value=\"").append(esc(v.formToken())).append("\">");
        h.append("<input type=\"hidden\" name=\"lang\" value=\"").append(esc(t.locale().getLanguage())).append("\">");
        h.append("<button type=\"submit\" id=\"send\">").append(esc(t.get("send"))).append("</button></form></main></body></html>");
        return h.toString();
    }

    private static void products(StringBuilder h, Texts t, Notice n, View v) {
        h.append("<fieldset id=\"products\"><legend>").append(esc(t.get("products"))).append("</legend>");
        String itemsError = "items";
        h.append("<p class=\"hint\" id=\"products-hint\">").append(esc(t.get("products.hint"))).append("</p>");
        if (n.errors().containsKey(itemsError)) {
            h.append("<p class=\"err\" id=\"").append(id(itemsError)).append("\" role=\"alert\">")
                    .append(esc(errorText(t, n.errors().get(itemsError)))).append("</p>");
        }
        for (int row = 0; row < v.products().size(); row++) {
            Shown s = v.products().get(row);
            Product p = s.product();
            String base = "items." + row;
            h.append("<fieldset><legend>").append(esc(p.name())).append(" <span class=\"hint\">(").append(esc(p.sku())).append(")</span></legend>");
            if (p.description() != null && !p.description().isBlank()) {
                h.append("<p class=\"hint\">").append(esc(p.description())).append("</p>");
            }
            h.append("<input type=\"hidden\" name=\"").append(base).append(".sku\" value=\"").append(esc(p.sku())).append("\">");
            String qField = base + ".quantity";
            String qid = id(qField);
            h.append("<label for=\"").append(qid).append("\">").append(esc(t.get("quantity")));
            if (p.unit() != null) {
                h.append(" <span class=\"hint\">").append(esc(t.get("unit", p.unit()))).append("</span>");
            }
            h.append("</label><input type=\"text\" inputmode=\"decimal\" id=\"").append(qid).append("\" name=\"").append(qField)
                    .append("\" maxlength=\"20\" autocomplete=\"off\"");
            String typed = n.typed().containsKey(qField) ? n.typed().get(qField) : s.preset();
            if (typed != null) {
                h.append(" value=\"").append(esc(typed)).append('"');
            }
            describe(h, n, qField, "products-hint");
            h.append('>');
            fieldError(h, t, n, qField);
            for (ProductOption o : p.options()) {
                String oField = base + ".option." + o.name();
                String oid = id(oField);
                h.append("<label for=\"").append(esc(oid)).append("\">").append(esc(o.name())).append("</label><select id=\"")
                        .append(esc(oid)).append("\" name=\"").append(esc(oField)).append('"');
                describe(h, n, oField, null);
                h.append('>');
                String chosen = n.typed().get(oField);
                for (ProductOption.Value value : o.values()) {
                    h.append("<option value=\"").append(esc(value.value())).append('"');
                    if (value.value().equals(chosen)) {
                        h.append(" selected");
                    }
                    h.append('>').append(esc(optionText(t, value, p.currency()))).append("</option>");
                }
                h.append("</select>");
                fieldError(h, t, n, oField);
            }
            h.append("</fieldset>");
        }
        if (v.more()) {
            h.append("<p class=\"hint\">").append(esc(t.get("products.more"))).append("</p>");
        }
        if (v.allLink() != null) {
            h.append("<p><a href=\"").append(esc(v.allLink())).append("\">").append(esc(t.get("products.all"))).append("</a></p>");
        }
        h.append("</fieldset>");
    }

    /** A value with its price difference where it has one: "Red (+2.00 INR)". */
    static String optionText(Texts t, ProductOption.Value value, String currency) {
        BigDecimal d = value.priceDelta();
        if (d == null || d.signum() == 0) {
            return value.value();
        }
        NumberFormat f = NumberFormat.getNumberInstance(t.locale());
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        f.setMaximumFractionDigits(Math.max(0, d.scale()));
        String amount = (d.signum() > 0 ? "+" : "−") + f.format(d.abs()) + (currency == null ? "" : "\u00a0" + currency);
        return t.get("priceDelta", value.value(), amount);
    }

    private static void input(StringBuilder h, Texts t, Notice n, List<String> required, String field, String type, String autocomplete,
            int max) {
        String id = id(field);
        h.append("<label for=\"").append(id).append("\">").append(esc(label(t, field, required))).append("</label><input type=\"")
                .append(type).append("\" id=\"").append(id).append("\" name=\"").append(field).append("\" autocomplete=\"").append(autocomplete)
                .append("\" maxlength=\"").append(max).append('"');
        if (required.contains(field)) {
            h.append(" required");
        }
        String typed = n.typed().get(field);
        if (typed != null) {
            h.append(" value=\"").append(esc(typed)).append('"');
        }
        describe(h, n, field, null);
        h.append('>');
        fieldError(h, t, n, field);
    }

    private static String label(Texts t, String field, List<String> required) {
        return t.get(field) + (required.contains(field) ? " *" : "");
    }

    /** Marks a field invalid and names its error (and hint) as its description. */
    private static void describe(StringBuilder h, Notice n, String field, String hintId) {
        boolean invalid = n.errors().containsKey(field);
        String ids = (hintId == null ? "" : hintId) + (invalid ? (hintId == null ? "" : " ") + id(field) + "-error" : "");
        if (!ids.isEmpty()) {
            h.append(" aria-describedby=\"").append(esc(ids)).append('"');
        }
        if (invalid) {
            h.append(" aria-invalid=\"true\"");
        }
    }

    private static void fieldError(StringBuilder h, Texts t, Notice n, String field) {
        Error e = n.errors().get(field);
        if (e != null) {
            h.append("<p class=\"err\" id=\"").append(esc(id(field))).append("-error\">").append(esc(errorText(t, e))).append("</p>");
        }
    }

    private static String errorText(Texts t, Error e) {
        return e.arg() == null ? t.get(e.key()) : t.get(e.key(), e.arg());
    }

    /** The thank-you page: the seller's text or the standard one, the reference, and that a copy goes by email. */
    static String thanks(Texts t, String thankYouText, String reference) {
        StringBuilder h = new StringBuilder(2048);
        head(h, t.locale(), t.get("thanks.title"));
        h.append("<main><h1>").append(esc(t.get("thanks.title"))).append("</h1>");
        if (thankYouText != null) {
            paragraphs(h, thankYouText);
        } else {
            h.append("<p>").append(esc(t.get("thanks.text"))).append("</p>");
        }
        h.append("<p class=\"ref\" id=\"reference\">").append(esc(t.get("thanks.reference", reference))).append("</p>");
        h.append("<p>").append(esc(t.get("thanks.copy"))).append("</p>");
        return h.append("</main></body></html>").toString();
    }

    /** A short page: a refusal ({@code refused}, {@code cap}) or {@code notFound}, with a link back to the form when given. */
    static String message(Texts t, String key, String back) {
        return message(t, key, back, new Object[0]);
    }

    /** {@link #message(Texts, String, String)} with the arguments of its text (a size, seconds to wait). */
    static String message(Texts t, String key, String back, Object... args) {
        StringBuilder h = new StringBuilder(1024);
        head(h, t.locale(), t.get(key + ".title"));
        h.append("<main><h1>").append(esc(t.get(key + ".title"))).append("</h1><p>").append(esc(t.get(key + ".text", args))).append("</p>");
        if (back != null) {
            h.append("<p><a href=\"").append(esc(back)).append("\">").append(esc(t.get("back"))).append("</a></p>");
        }
        return h.append("</main></body></html>").toString();
    }

    /** The id of a field's control ({@code f-items.0.quantity}), safe in HTML and as a fragment. */
    static String id(String field) {
        StringBuilder b = new StringBuilder("f-");
        for (char c : field.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' ? c : '_');
        }
        return b.toString();
    }

    private static void paragraphs(StringBuilder h, String text) {
        for (String p : text.split("\n\\s*\n")) {
            h.append("<p>").append(esc(p.strip()).replace("\n", "<br>")).append("</p>");
        }
    }

    private static void head(StringBuilder h, Locale locale, String title) {
        h.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    /** A byte count as people read it: "1 MB", "512 KB". */
    static String size(long bytes, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        if (bytes >= 1024 * 1024) {
            return f.format(bytes / (1024.0 * 1024.0)) + "\u00a0MB";
        }
        return f.format(Math.max(1, bytes / 1024)) + "\u00a0KB";
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cache-Control", "no-store");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Robots-Tag", "noindex");
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        return Collections.unmodifiableMap(h);
    }

    static String sha256(String s) {
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
