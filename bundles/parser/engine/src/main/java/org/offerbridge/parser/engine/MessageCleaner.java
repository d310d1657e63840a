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
    /** Vehicle registration plates ("MH12 AB 4521", "DL 3C AY 0098"): letters and digits in groups, never a quantity. */
    private static final Pattern PLATE = Pattern.compile("\\b[A-Z]{2}[ -]?\\d{1,2}[ -]?[A-Z]{1,3}[ -]?\\d{4}\\b");
    private static final Pattern GSTIN = Pattern.compile("\\b\\d{2}[a-z]{5}\\d{4}[a-z]\\d[a-z\\d]{2}\\b", FLAGS);
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|(?<![\\d:])\\d{1,2}:\\d{2}(?![\\d:])|\\b(?:19|20)(?!00)\\d{2}\\b");
    /** An amount, with thousands separated by spaces ("12 400") or not. */
    private static final String AMOUNT = "(?:\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:[.,]\\d+)?|\\d[\\d.,]*)";
    private static final Pattern PRICE = Pattern.compile(
            "(?:₹|\\brs\\.?|\\binr\\b|\\$|€|£|\\beur\\b|\\busd\\b)\\s*\\d[\\d\\s.,]*"
            + "|" + AMOUNT + "\\s*(?:₹|\\$|€|£|(?:rs|inr|eur|euros?|usd|rupees?|dollars?|руб\\p{L}*|р\\.|грн|гривень|гривні|uah|€"
            + "|रुपये|रुपए|रुपया|रु)(?![\\p{L}]))",
            FLAGS);
    /** Words of a payment note: every number in its clause is an amount, not a quantity. */
    private static final Pattern PAYMENT = Pattern.compile(
            "(?<![\\p{L}])(?:pay|paid|payment|transferred|upi|gpay|paytm|neft|imps|оплат\\p{L}*|сплат\\p{L}*|перевел\\p{L}*|"
            + "переказ\\p{L}*|paiement|payé\\p{L}*|virement|réglé|zahlung|bezahlt|überwiesen|überweisung|pago|pagado|pagamos|"
            + "transferencia|भुगतान|पेमेंट|payment)(?![\\p{L}])", FLAGS);
    private static final Pattern CLAUSE = Pattern.compile("(?<!\\d)[.!?;\\n]|[.!?;\\n](?!\\d)|,\\s");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String ORDER_WORDS = "(?:order|invoice|заказ\\p{L}*|замовлення|commande|bestellung|pedido|facture|factura|"
            + "счет\\p{L}*|счёт\\p{L}*|рахун\\p{L}*)";
    private static final Pattern ORDER_NO = Pattern.compile(
            "(?:#|№|n°)\\s*\\d[\\w/-]*|" + ORDER_WORDS + "\\s*(?:no\\.?|nr\\.?|number|номер|n°)\\s*[:.]?\\s*\\d{3,}[\\w/-]*|"
            + ORDER_WORDS + "\\s*[:.]?\\s*\\d{5,}[\\w/-]*", FLAGS);
    /** "200... no, 300", "12 पीस नहीं, 15 पीस": the last number stands (a unit word may follow the first). */
    private static final Pattern CORRECTION = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d+)\\s*(?:" + Lexicon.unitWordsRegex() + ")?\\s*(?:\\.{2,}|…|,|-|—)?\\s*" + Lexicon.CORRECTION
            + "(?![\\p{L}])[\\s,.!:…—-]*(?:make it\\s+)?(\\d+)", FLAGS);
    /** "15 instead of 10", "15 au lieu de 10": the first number stands. */
    private static final Pattern INSTEAD_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d+)\\s+(?:instead of|rather than|not|au lieu de|en vez de|en lugar de|statt|anstatt|вместо|замість|"
            + "ke bajaye|ki jagah|के बजाय|की जगह)\\s+(\\d+)", FLAGS);
    /** "statt 10 bitte 12", "вместо 10 — 15", "instead of 10, 15": the second number stands. */
    private static final Pattern INSTEAD_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:instead of|statt|anstatt|au lieu de|en vez de|en lugar de|вместо|замість)\\s+(\\d+)"
            + "[\\s,:—-]*(?:\\p{L}+\\s+){0,2}?(\\d+)", FLAGS);
    private static final Pattern MULTIPLIER = Pattern.compile(
            "(?:for\\s+|in\\s+)?each\\s+of\\s+(?:the\\s+|our\\s+)?(\\S+)(?:\\s+\\p{L}+)?"
            + "|(?:на|для|в)\\s+кажд\\p{L}*\\s+из\\s+(\\S+)(?:\\s+\\p{L}+)?"
            + "|(?:на|для|в|у)\\s+кожн\\p{L}*\\s+(?:з|із)\\s+(\\S+)(?:\\s+\\p{L}+)?"
            + "|pour\\s+chacun\\p{L}*\\s+des\\s+(\\S+)(?:\\s+\\p{L}+)?"
            + "|für\\s+jede\\p{L}*\\s+(?:der|von)\\s+(?:den\\s+)?(\\S+)(?:\\s+\\p{L}+)?"
            + "|para\\s+cada\\s+un[oa]\\s+de\\s+(?:los|las)\\s+(\\S+)(?:\\s+\\p{L}+)?"
            // "all items x2", "alles x2", "sab x2", "все позиции x2"
            + "|(?<![\\p{L}])(?:all\\s+(?:items?|products?|of\\s+them|lines?)|everything|tous\\s+les\\s+articles|tout|alle\\s+artikel|alles|"
            + "todos\\s+los\\s+art[ií]culos|todo|все\\s+позиции|всё|все|усі\\s+позиції|усе|sab|सब)\\s*(?:x|×|\\*)\\s*(\\d+)", FLAGS);


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


    /** A list or table row number at the start of a line: "1) ", "2. ", "3 | " (never "1.5 m"). */
    private static final Pattern ENUMERATOR = Pattern.compile("(?m)^[ \\t]*\\d{1,2}[ \\t]*(?:[.)]|\\|)(?=[ \\t]+\\S)");

    /** Blanks e-mails, URLs, tax ids, prices, order numbers, dates, times, phone numbers and row numbers. */
    static String blankNonQuantities(String text) {
        String t = blank(EMAIL_URL, text);
        t = blank(ENUMERATOR, t);
        t = blank(GSTIN, t);
        t = blank(PLATE, t);
        t = blank(PRICE, t);
        t = blank(ORDER_NO, t);
        t = blank(DATE_TIME, t);
        t = blank(MONTH_DATE, t);
        return blankPayments(blankPhones(t));
    }

    /** "payment kar diya, 4500 bheje GPay pe", "Оплатили счёт на 12 400": the clause's numbers are money. */
    static String blankPayments(String t) {
        if (!PAYMENT.matcher(t).find()) return t;
        char[] c = t.toCharArray();
        Matcher cl = CLAUSE.matcher(t);
        int start = 0;
        while (true) {
            boolean more = cl.find();
            int end = more ? cl.start() : t.length();
            String clause = t.substring(start, end);
            if (PAYMENT.matcher(clause).find()) {
                Matcher d = DIGITS.matcher(clause);
                while (d.find()) for (int i = d.start(); i < d.end(); i++) c[start + i] = ' ';
            }
            if (!more) break;
            start = cl.end();
        }
        return new String(c);
    }

    /** "200... no, 300" → spaces and "300" at its own place; "15 instead of 10" → "15" and spaces. */
    static String applyCorrections(String t) {
        char[] c = t.toCharArray();
        Matcher m = INSTEAD_AFTER.matcher(t);
        while (m.find()) for (int i = m.end(1); i < m.end(); i++) c[i] = ' ';
        m = INSTEAD_BEFORE.matcher(new String(c));
        while (m.find()) for (int i = m.start(); i < m.start(2); i++) c[i] = ' ';
        m = CORRECTION.matcher(new String(c));
        while (m.find()) for (int i = m.start(); i < m.start(2); i++) c[i] = ' ';
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
