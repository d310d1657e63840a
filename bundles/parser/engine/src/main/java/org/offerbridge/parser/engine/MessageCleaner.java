package org.offerbridge.parser.engine;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pre-cleaning of a message before segmentation: numbers that are never quantities (e-mails, phones, prices,
 * dates, order numbers) are blanked, corrections ("200... no, 300") keep only the final number, whole-message
 * multipliers ("for each of 3 flats") are taken out. Every step preserves the length of the text, so offsets into
 * the result are offsets into the original message.
 */
final class MessageCleaner {
    private MessageCleaner() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern EMAIL_URL = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+", FLAGS);
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d[\\d\\s()\\-]{7,}\\d");
    private static final Pattern GSTIN = Pattern.compile("\\b\\d{2}[a-z]{5}\\d{4}[a-z]\\d[a-z\\d]{2}\\b", FLAGS);
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:19|20)\\d{2}\\b");
    private static final Pattern PRICE = Pattern.compile(
            "(?:₹|\\brs\\.?|\\binr\\b|\\$|€|£|\\beur\\b|\\busd\\b)\\s*\\d[\\d\\s.,]*"
            + "|\\d[\\d.,]*\\s*(?:₹|\\$|€|£|(?:rs|inr|eur|euros?|usd|rupees?|dollars?|руб\\p{L}*|р\\.|грн|гривень|гривні|uah|€)(?![\\p{L}]))",
            FLAGS);
    private static final String ORDER_WORDS = "(?:order|invoice|заказ\\p{L}*|замовлення|commande|bestellung|pedido|facture|factura|"
            + "счет\\p{L}*|счёт\\p{L}*|рахун\\p{L}*)";
    private static final Pattern ORDER_NO = Pattern.compile(
            "(?:#|№|n°)\\s*\\d[\\w/-]*|" + ORDER_WORDS + "\\s*(?:no\\.?|nr\\.?|number|номер|n°)\\s*[:.]?\\s*\\d{3,}[\\w/-]*|"
            + ORDER_WORDS + "\\s*[:.]?\\s*\\d{5,}[\\w/-]*", FLAGS);
    private static final Pattern CORRECTION = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d+)\\s*(?:\\.{2,}|…|,|-|—)?\\s*" + Lexicon.CORRECTION + "(?![\\p{L}])[\\s,.!:…—-]*(?:make it\\s+)?(\\d+)", FLAGS);
    private static final Pattern MULTIPLIER = Pattern.compile(
            "(?:for\\s+|in\\s+)?each\\s+of\\s+(?:the\\s+|our\\s+)?(\\S+)(?:\\s+\\p{L}+)?"
            + "|(?:на|для|в)\\s+кажд\\p{L}*\\s+из\\s+(\\S+)(?:\\s+\\p{L}+)?"
            + "|(?:на|для|в|у)\\s+кожн\\p{L}*\\s+(?:з|із)\\s+(\\S+)(?:\\s+\\p{L}+)?"
            + "|pour\\s+chacun\\p{L}*\\s+des\\s+(\\S+)(?:\\s+\\p{L}+)?"
            + "|für\\s+jede\\p{L}*\\s+(?:der|von)\\s+(?:den\\s+)?(\\S+)(?:\\s+\\p{L}+)?"
            + "|para\\s+cada\\s+un[oa]\\s+de\\s+(?:los|las)\\s+(\\S+)(?:\\s+\\p{L}+)?", FLAGS);


    private static final Pattern MONTH_DATE;

    static {
        Set<String> months = new TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        for (String l : List.of("en", "fr", "de", "es", "ru", "uk", "hi")) {
            DateFormatSymbols s = new DateFormatSymbols(new ULocale(l));
            for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int w : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    for (String m : s.getMonths(ctx, w)) {
                        String n = m.toLowerCase(Locale.ROOT).replace(".", "").replace('ё', 'е');
                        if (n.length() >= 3) months.add(Pattern.quote(n));
                    }
                }
            }
        }
        MONTH_DATE = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:" + String.join("|", months) + ")\\p{L}*", FLAGS);
    }


    /** Blanks e-mails, URLs, tax ids, prices, order numbers, dates, times and phone numbers. */
    static String blankNonQuantities(String text) {
        String t = blank(EMAIL_URL, text);
        t = blank(GSTIN, t);
        t = blank(PRICE, t);
        t = blank(ORDER_NO, t);
        t = blank(DATE_TIME, t);
        t = blank(MONTH_DATE, t);
        return blankPhones(t);
    }

    /** "200... no, 300" → spaces and "300" at its own place. */
    static String applyCorrections(String t) {
        Matcher m = CORRECTION.matcher(t);
        if (!m.find()) return t;
        char[] c = t.toCharArray();
        do {
            for (int i = m.start(); i < m.start(2); i++) c[i] = ' ';
        } while (m.find());
        return new String(c);
    }

    /** The text without its multiplier phrases, and the product of their factors. */
    record Multiplied(String text, BigDecimal factor) {}

    static Multiplied extractMultiplier(String t, Function<String, BigDecimal> numberValue) {
        BigDecimal factor = BigDecimal.ONE;
        Matcher m = MULTIPLIER.matcher(t);
        char[] c = null;
        while (m.find()) {
            String n = null;
            for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) n = m.group(g);
            BigDecimal v = n == null ? null : numberValue.apply(Text.normalize(n).replaceAll("[^\\p{L}\\d'.]", ""));
            if (v == null) continue;
            if (v.signum() > 0) factor = factor.multiply(v);
            if (c == null) c = t.toCharArray();
            for (int i = m.start(); i < m.end(); i++) c[i] = ' ';
        }
        return new Multiplied(c == null ? t : new String(c), factor);
    }

    static String blank(Pattern p, String t) {
        Matcher m = p.matcher(t);
        if (!m.find()) return t;
        char[] c = t.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) c[i] = ' ';
        } while (m.find());
        return new String(c);
    }

    private static String blankPhones(String t) {
        Matcher m = PHONE_LIKE.matcher(t);
        char[] c = null;
        while (m.find()) {
            String g = m.group();
            long digits = g.chars().filter(Character::isDigit).count();
            if (digits >= 9 || g.startsWith("+") && digits >= 7) {
                if (c == null) c = t.toCharArray();
                for (int i = m.start(); i < m.end(); i++) c[i] = ' ';
            }
        }
        return c == null ? t : new String(c);
    }
}
