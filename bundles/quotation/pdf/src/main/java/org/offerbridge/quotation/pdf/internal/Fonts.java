package org.offerbridge.quotation.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;

/**
 * The embedded Noto fonts, parsed once. Text goes through OpenPDF's {@link LayoutProcessor}, which shapes it with
 * the JDK's OpenType engine (java.awt.font, HarfBuzz inside): Devanagari conjuncts, reph and the reordering of
 * the i-matra come out right, and each run carries its source text as ActualText so copy and paste and text
 * extraction give back what was written.
 */
final class Fonts {

    private static final String DIR = "org/offerbridge/quotation/pdf/internal/fonts/";

    final BaseFont latin;
    final BaseFont latinBold;
    final BaseFont devanagari;
    final BaseFont devanagariBold;

    Fonts() {
        enableShaping();
        latin = load("NotoSans-Regular.ttf");
        latinBold = load("NotoSans-Bold.ttf");
        devanagari = load("NotoSansDevanagari-Regular.ttf");
        devanagariBold = load("NotoSansDevanagari-Bold.ttf");
    }

    /** LayoutProcessor is process-wide state of the (privately embedded) OpenPDF: switch it on once. */
    private static synchronized void enableShaping() {
        if (!LayoutProcessor.isEnabled()) {
            LayoutProcessor.enableKernLiga();
            LayoutProcessor.setWriteActualText();
        }
    }

    private static BaseFont load(String file) {
        String name = DIR + file;
        try (InputStream in = Objects.requireNonNull(Fonts.class.getClassLoader().getResourceAsStream(name),
                () -> "font missing from the bundle: " + name)) {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
            LayoutProcessor.loadFont(font, name);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + name, e);
        }
    }

    /**
     * Text as runs of one font each: per character the first font with a glyph, Noto Sans (Latin, Cyrillic,
     * Greek, Devanagari, currency signs) before Noto Sans Devanagari; spaces and marks stay in the run they
     * follow, so a word is shaped as a whole. (OpenPDF's FontSelector does the same but parses its own fallback
     * font each time one is made and keeps state between calls.)
     */
    Style style(float size, boolean bold, java.awt.Color color) {
        return new Style(new Font(bold ? latinBold : latin, size, Font.NORMAL, color),
                new Font(bold ? devanagariBold : devanagari, size, Font.NORMAL, color));
    }

    /** Immutable, so shareable between threads. */
    static final class Style {
        private final Font[] fonts;

        Style(Font... fonts) {
            this.fonts = fonts;
        }

        Font primary() {
            return fonts[0];
        }

        Phrase process(String text) {
            Phrase phrase = new Phrase();
            if (text == null || text.isEmpty()) {
                phrase.add(new Chunk("", fonts[0]));
                return phrase;
            }
            StringBuilder run = new StringBuilder();
            Font current = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Font font = current != null && keepsRun(cp) ? current : fontFor(cp);
                if (font != current && run.length() > 0) {
                    phrase.add(new Chunk(run.toString(), current));
                    run.setLength(0);
                }
                current = font;
                run.appendCodePoint(cp);
            }
            phrase.add(new Chunk(run.toString(), current));
            return phrase;
        }

        private Font fontFor(int cp) {
            for (Font font : fonts) {
                if (font.getBaseFont().charExists(cp)) {
                    return font;
                }
            }
            return fonts[0];
        }

        private static boolean keepsRun(int cp) {
            int type = Character.getType(cp);
            return Character.isWhitespace(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
        }
    }
}
