package org.offerbridge.channels.email.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new part of a reply: what the customer wrote above the quoted earlier mail, for the parser (a quoted quote would
 * otherwise be read as a second order). Cut at the first line that starts the quoted mail in the forms Gmail, Outlook,
 * Apple Mail and Thunderbird write in the languages we speak ("On … wrote:", "Am … schrieb …:", "Le … a écrit :",
 * "El … escribió:", "… написал(а):", "… пише:", "… ने लिखा:", Outlook's "-----Original Message-----" or its
 * "From: … Sent: …" block), at the signature delimiter "-- " or a "Sent from my phone" line; lines quoted with ">"
 * are dropped wherever they are (an answer written between quoted lines is kept). A text that would come out empty
 * (all quoted, e.g. a bare forward) is returned whole: better parsed twice than not at all.
 */
final class QuotedText {
    /** A quote header may be wrapped over this many lines (Gmail breaks long ones before the address). */
    private static final int HEADER_LINES = 3;
    /** Attributions that open with a word ("On", "Am", "Le", "El"): these may be wrapped over a few lines. */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?iU)^(?:"
            + "on\\b.{4,300}\\bwrote\\s*:"                       // en: Gmail, Apple Mail, Thunderbird
            + "|am\\b.{4,300}\\bschrieb\\b.{0,300}:"              // de
            + "|le\\b.{4,300}\\ba\\s+écrit\\s*:"                 // fr
            + "|el\\b.{4,300}\\bescribió\\s*:"                   // es
            + ")$");
    /** Attributions known only by how they end: one line, or any text before them would be taken for their start. */
    private static final Pattern ATTRIBUTION_LINE = Pattern.compile("(?iU)^(?:"
            + ".{4,300}\\s(?:написал|написала|написал\\(а\\)|пишет)\\s*:"   // ru
            + "|.{4,300}\\s(?:написав|написала|написав\\(ла\\)|пише)\\s*:"   // uk
            + "|.{4,300}\\sने\\s+लिखा\\s*:"                     // hi
            + ")$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("(?iU)^-{2,}\\s*(?:original message|ursprüngliche nachricht"
            + "|message d.origine|mensaje original|исходное сообщение|оригинальное сообщение|вихідне повідомлення"
            + "|оригінальне повідомлення|मूल संदेश)\\s*-{2,}$");
    /** Outlook's header block: "From:" (in the reader's language) and, within the next lines, "Sent:" or "Date:". */
    private static final Pattern FROM_LINE = Pattern.compile("(?iU)^\\*?(?:from|von|de|от|від|प्रेषक)\\s*:\\*?\\s*\\S.*");
    private static final Pattern SENT_LINE = Pattern.compile("(?iU)^\\*?(?:sent|date|gesendet|datum|envoyé|date d.envoi|enviado|fecha"
            + "|отправлено|дата|надіслано|भेजा गया|दिनांक)\\s*:\\*?.*");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
    private static final Pattern FROM_PHONE = Pattern.compile("(?iU)^(?:sent from my |sent from outlook for |get outlook for |von meinem "
            + "|gesendet von meinem |envoyé de mon |envoyé depuis |enviado desde mi |отправлено с |отправлено из |надіслано з ).{1,60}$");
    private static final Pattern UNDERSCORES = Pattern.compile("^_{10,}$");

    private QuotedText() {
    }

    /** The new part of {@code text} (line breaks as {@code \n}). */
    static String newPart(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int end = cut(lines);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (!lines[i].stripLeading().startsWith(">")) {
                kept.add(lines[i]);
            }
        }
        String out = String.join("\n", kept).strip();
        return out.isEmpty() ? text : out;
    }

    /** The index of the first line of the quoted mail or signature, or the number of lines. */
    private static int cut(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (SIGNATURE.matcher(lines[i]).matches() || FROM_PHONE.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()) {
                return i;
            }
            if (UNDERSCORES.matcher(line).matches() && i + 1 < lines.length && FROM_LINE.matcher(lines[i + 1].strip()).matches()) {
                return i;
            }
            if (FROM_LINE.matcher(line).matches() && outlookBlock(lines, i)) {
                return i;
            }
            // an attribution may itself be quoted (Apple Mail) or wrapped over a few lines
            String joined = unquoted(line);
            if (ATTRIBUTION_LINE.matcher(joined).matches()) {
                return i;
            }
            for (int n = 1; n <= HEADER_LINES && i + n <= lines.length; n++) {
                if (n > 1) {
                    joined = joined + " " + unquoted(lines[i + n - 1].strip());
                }
                if (ATTRIBUTION.matcher(joined).matches()) {
                    return i;
                }
            }
        }
        return lines.length;
    }

    private static boolean outlookBlock(String[] lines, int from) {
        for (int j = from + 1; j < Math.min(lines.length, from + 5); j++) {
            if (SENT_LINE.matcher(lines[j].strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String line) {
        String s = line;
        while (s.startsWith(">")) {
            s = s.substring(1).stripLeading();
        }
        return s;
    }
}
