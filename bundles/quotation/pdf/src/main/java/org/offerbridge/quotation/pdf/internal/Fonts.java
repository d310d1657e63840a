package org.offerbridge.quotation.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
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
     * A selector that picks, character by character, the first font with a glyph: Noto Sans (Latin, Cyrillic,
     * Greek, currency signs), then Noto Sans Devanagari. FontSelector is not thread-safe: one per document.
     */
    FontSelector selector(float size, boolean bold, java.awt.Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? latinBold : latin, size, Font.NORMAL, color));
        selector.addFont(new Font(bold ? devanagariBold : devanagari, size, Font.NORMAL, color));
        return selector;
    }
}
