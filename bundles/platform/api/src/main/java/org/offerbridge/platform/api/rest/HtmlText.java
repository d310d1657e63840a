package org.offerbridge.platform.api.rest;

/**
 * Text put into the HTML pages the server renders itself (the customer's quote page, the request-for-quote form, the
 * API docs): escaped for element content and for double- or single-quoted attribute values. One place for every
 * server-rendered page; the admin UI has its own ({@code org.offerbridge.ui.api.Html}), which also keeps line breaks.
 *
 * @since 1.3
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** {@code < > & " '} as entities, everything else as it is; null gives "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
