package org.offerbridge.ui.api;

/**
 * Text put into HTML the admin UI builds itself (labels in {@code ContentMode.HTML}, an {@code HtmlRenderer}, a
 * {@code title} attribute). Written here rather than taken from a library: jsoup's {@code Entities.escape} leaves
 * {@code '} and line breaks as they are (unsafe in single-quoted attributes, lost in titles), and Vaadin's
 * {@code safeEscapeForHtml} turns every non-ASCII letter into an entity.
 */
public final class Html {
    private Html() {
    }

    /** The text escaped for HTML content and for double- or single-quoted attribute values; null gives "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text, 0, text.length());
        return out.toString();
    }

    /** The text escaped line by line, the lines joined with {@code <br>}: a note or message as its author wrote it. */
    public static String escapeLines(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>");
            }
            escape(out, lines[i], 0, lines[i].length());
        }
        return out.toString();
    }

    /** Appends {@code text[from, to)} escaped as {@link #escape(String)} does. */
    public static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
