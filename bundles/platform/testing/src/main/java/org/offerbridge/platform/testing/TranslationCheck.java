package org.offerbridge.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one check of a bundle's texts: a base file ({@code name.properties}, English) and every translation next to it
 * ({@code name_fr.properties}, ...), found in the folder itself, so a new language is checked without touching the test.
 *
 * <p>Every file must decode as strict UTF-8 (as {@code ResourceBundle} reads it; on a bad byte it silently falls
 * back to ISO-8859-1), and every text must parse as a {@link MessageFormat} pattern without a lone {@code '}
 * (MessageFormat drops it and quotes what follows). Each translation must have exactly the base file's keys, and
 * each of its texts the same {@code {n}} arguments as the English one. Languages written with a typographic
 * apostrophe ({@code ’}) must not use a plain one at all, and French needs a no-break space before {@code : ; ! ?}
 * and inside {@code « »}.
 *
 * <pre>
 * TranslationCheck.of(MyView.class, "messages").assertValid(TranslationCheck.LANGUAGES); // next to MyView
 * TranslationCheck.of(MailTexts.class, "/l10n/quote-mail").assertValid();              // from the class path root
 * </pre>
 */
public final class TranslationCheck {
    /** The languages Offerbridge speaks besides English, the base language. */
    public static final List<String> LANGUAGES = List.of("de", "fr", "es", "ru", "uk", "hi");

    /** Languages whose texts write the apostrophe as ’ (and quote with « » or “ ”): a plain ' is a typo there. */
    static final Set<String> TYPOGRAPHIC_APOSTROPHE = Set.of("fr", "es", "ru", "uk", "hi");

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /** A plain space where French typography wants a no-break one (U+00A0 or the narrow U+202F). */
    private static final Pattern FRENCH_PLAIN_SPACE = Pattern.compile(" [:;!?»]|« ");

    private final String name;
    private final Properties base;
    private final Map<String, Properties> translations = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    private TranslationCheck(Path baseFile) {
        this.name = baseFile.getFileName().toString().replaceFirst("\\.properties$", "");
        this.base = load(baseFile);
        Pattern translation = Pattern.compile(Pattern.quote(name) + "_([A-Za-z]{2,3}(?:_[A-Za-z0-9]+)*)\\.properties");
        try (Stream<Path> files = Files.list(baseFile.getParent())) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                Matcher m = translation.matcher(file.getFileName().toString());
                if (m.matches()) {
                    translations.put(m.group(1).replace('_', '-'), load(file));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + baseFile.getParent(), e);
        }
    }

    /**
     * The texts whose base file is {@code baseName + ".properties"}, resolved like {@link Class#getResource}: relative to
     * the anchor's package, or from the class path root with a leading {@code /}. It must be a file (test classes).
     */
    public static TranslationCheck of(Class<?> anchor, String baseName) {
        URL url = anchor.getResource(baseName + ".properties");
        if (url == null) {
            throw new IllegalArgumentException("no " + baseName + ".properties next to " + anchor.getName());
        }
        try {
            return new TranslationCheck(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw new IllegalArgumentException(url + " is not a file: check the texts where they are built", e);
        }
    }

    /** The language tags of the translation files found ({@code de}, {@code pt-BR}, ...), sorted. */
    public Set<String> languages() {
        return Collections.unmodifiableSet(translations.keySet());
    }

    /** The English texts. */
    public Properties base() {
        return base;
    }

    /** The texts of one translation, as strictly decoded. */
    public Properties texts(String language) {
        Properties p = translations.get(language);
        if (p == null) {
            throw new IllegalArgumentException("no " + name + "_" + language.replace('-', '_') + ".properties; found " + languages());
        }
        return p;
    }

    /** Asserts every rule on every file found, reporting all problems at once. */
    public void assertValid() {
        check(null, base);
        translations.forEach(this::check);
        assertTrue(problems.isEmpty(), () -> name + ":\n" + String.join("\n", problems));
    }

    /** {@link #assertValid()}, and that the translations are exactly these languages. */
    public void assertValid(Collection<String> languages) {
        assertValid();
        assertEquals(new TreeSet<>(languages), languages(), name + ": the translation files");
    }

    private void check(String language, Properties texts) {
        String file = language == null ? name : name + "_" + language;
        if (language != null && !texts.stringPropertyNames().equals(base.stringPropertyNames())) {
            Set<String> missing = new TreeSet<>(base.stringPropertyNames());
            missing.removeAll(texts.stringPropertyNames());
            Set<String> extra = new TreeSet<>(texts.stringPropertyNames());
            extra.removeAll(base.stringPropertyNames());
            problems.add(file + ": keys missing " + missing + ", keys not in English " + extra);
        }
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            String text = texts.getProperty(key);
            String where = file + " " + key + ": ";
            if (LONE_APOSTROPHE.matcher(text).find()) {
                problems.add(where + "MessageFormat drops a single ' and quotes what follows; write ’ or ''");
            } else if (language != null && TYPOGRAPHIC_APOSTROPHE.contains(language) && text.contains("'")) {
                problems.add(where + "write the apostrophe as ’ and quotes as the language does, not '");
            }
            if ("fr".equals(language) && FRENCH_PLAIN_SPACE.matcher(text).find()) {
                problems.add(where + "French wants a no-break space (U+00A0) before : ; ! ? and inside « »");
            }
            Set<Integer> arguments;
            try {
                arguments = argumentIndices(text);
            } catch (IllegalArgumentException e) {
                problems.add(where + "not a MessageFormat pattern: " + e.getMessage());
                continue;
            }
            String english = base.getProperty(key);
            if (language != null && english != null) {
                try {
                    if (!arguments.equals(argumentIndices(english))) {
                        problems.add(where + "arguments " + arguments + ", English has " + argumentIndices(english));
                    }
                } catch (IllegalArgumentException e) {
                    // reported with the English file
                }
            }
        }
    }

    /** The argument indices a pattern uses (the MessageFormat constructor fails on one that does not parse). */
    static Set<Integer> argumentIndices(String pattern) {
        MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
        int n = f.getFormatsByArgumentIndex().length;
        f.setFormatsByArgumentIndex(new Format[n]); // {0,number} and the like as plain text: only the index counts
        Object[] markers = new Object[n];
        for (int i = 0; i < n; i++) {
            markers[i] = "\uE000" + i + "\uE001";
        }
        String out = f.format(markers);
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (out.contains((String) markers[i])) {
                used.add(i);
            }
        }
        return used;
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            p.load(new StringReader(text));
        } catch (CharacterCodingException e) {
            fail(file.getFileName() + " is not valid UTF-8 (" + e + "): ResourceBundle would read it as ISO-8859-1");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return p;
    }
}
