package org.offerbridge.quotation.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailTextsTest {
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private static ResourceBundle bundle(Locale l) {
        return ResourceBundle.getBundle("l10n.quote-mail", l, MailTexts.class.getClassLoader(), NO_FALLBACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ru", "uk", "hi"})
    void eachOfOurCustomersLanguagesHasAFileOfItsOwn(String tag) {
        assertEquals(tag, bundle(Locale.forLanguageTag(tag)).getLocale().getLanguage());
    }

    /**
     * Every quote-mail_*.properties next to the base file, read as the JVM reads it (UTF-8, which must decode
     * cleanly: else ResourceBundle silently falls back to ISO-8859-1), has the base file's keys, and each text
     * parses as a MessageFormat pattern with the same argument indices as the English one.
     */
    @Test
    void everyTranslationFileHasTheEnglishKeysAndArguments() throws Exception {
        Path base = Path.of(MailTexts.class.getClassLoader().getResource("l10n/quote-mail.properties").toURI());
        Properties en = properties(base);
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(base.getParent())) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                Matcher m = Pattern.compile("quote-mail_(.+)\\.properties").matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                found.add(m.group(1));
                Properties t = properties(file);
                assertEquals(en.stringPropertyNames(), t.stringPropertyNames(), file.getFileName().toString());
                for (String key : en.stringPropertyNames()) {
                    String where = file.getFileName() + " " + key;
                    assertEquals(argumentIndices(en.getProperty(key)), argumentIndices(t.getProperty(key)), where);
                    assertFalse(LONE_APOSTROPHE.matcher(t.getProperty(key)).find(),
                            where + ": MessageFormat drops a single ' and quotes what follows; write ’ or ''");
                }
            }
        }
        assertTrue(found.containsAll(List.of("de", "fr", "es", "ru", "uk", "hi")), found.toString());
    }

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties properties(Path file) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    /** The argument indices a pattern uses (the MessageFormat constructor fails on one that does not parse). */
    private static Set<Integer> argumentIndices(String pattern) {
        MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
        int n = f.getFormatsByArgumentIndex().length;
        f.setFormatsByArgumentIndex(new Format[n]); // {0,number} and the like as plain text: only the index counts
        String[] markers = new String[n];
        for (int i = 0; i < n; i++) {
            markers[i] = "\uE000" + i + "\uE001";
        }
        String out = f.format(markers);
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (out.contains(markers[i])) {
                used.add(i);
            }
        }
        return used;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "es-ES", "ru-RU", "uk-UA", "hi-IN"})
    void theFilledInTextsKeepTheirValues(String tag) {
        MailTexts t = new MailTexts(Locale.forLanguageTag(tag));
        String intro = t.get("intro.revision", "Acme", "Q-7", 2);
        for (String value : List.of("Acme", "Q-7", "2")) {
            assertTrue(intro.contains(value), intro);
        }
        assertTrue(t.get("closing", "Acme").endsWith("Acme"));
        assertTrue(t.money(new BigDecimal("1234.5"), "EUR").replaceAll("\\D", "").startsWith("123450"), t.money(new BigDecimal("1234.5"), "EUR"));
        assertTrue(t.date(LocalDate.of(2026, 3, 14)).contains("2026"));
    }
}
