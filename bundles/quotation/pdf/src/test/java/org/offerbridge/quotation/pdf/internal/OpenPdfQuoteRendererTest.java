package org.offerbridge.quotation.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offerbridge.platform.testing.TranslationCheck;
import org.offerbridge.quotation.pdf.QuoteDocument;
import org.offerbridge.quotation.pdf.QuoteDocument.Template;

class OpenPdfQuoteRendererTest {

    private static final String HINDI = "क्षमा करें, श्रीमान, द्वितीय, प्रिंटर कार्ट्रिज, हिन्दी";
    private static final String RUSSIAN = "Картридж для принтера, чёрный — съёмный блок";

    private static OpenPdfQuoteRenderer renderer;

    @BeforeAll
    static void start() {
        renderer = new OpenPdfQuoteRenderer();
    }

    @Test
    void englishQuoteExtractsExactly() throws IOException {
        QuoteDocument doc = Quotes.quote("Q-2026-0001", Locale.UK, "GBP", null, 3);
        String text = text(save("en", Quotes.render(renderer, doc)));
        assertContains(text, "Quotation", "Q-2026-0001", "Acme Supplies GmbH", "Example Customer Ltd",
                "Printer cartridge 1", "14 Mar 2026", "13 Apr 2026", "£12.50", "Page 1 of 1", "Description");
    }

    @Test
    void germanQuoteUsesGermanLabelsNumbersAndDates() throws IOException {
        QuoteDocument doc = Quotes.quote("A-7", Locale.GERMANY, "EUR", null, 3);
        String text = text(Quotes.render(renderer, doc));
        assertContains(text, "Angebot", "Gültig bis", "14.03.2026", "12,50 €", "Seite 1 von 1", "Bezeichnung",
                "Hauptstraße 1", "USt. 19 % auf");
    }

    @Test
    void cyrillicQuoteExtractsExactly() throws IOException {
        QuoteDocument doc = Quotes.quote("КП-15", Locale.forLanguageTag("ru-RU"), "RUB", null,
                List.of(RUSSIAN, "Бумага офисная А4, 500 листов"));
        String text = text(save("ru", Quotes.render(renderer, doc)));
        assertContains(text, "Коммерческое предложение", "КП-15", RUSSIAN, "Бумага офисная А4, 500 листов",
                "Страница 1 из 1", "Наименование", "₽");
    }

    @Test
    void ukrainianLettersOutsideRussianExtractExactly() throws IOException {
        String item = "Ґрунтовка їдка, Євро-стандарт, білий";
        QuoteDocument doc = Quotes.quote("КП-16", Locale.forLanguageTag("uk-UA"), "UAH", null, List.of(item));
        String text = text(save("uk", Quotes.render(renderer, doc)));
        assertContains(text, "Комерційна пропозиція", item, "Сторінка 1 з 1", "Найменування", "Дійсна до");
    }

    @Test
    void frenchAndSpanishQuotesUseTheirLabels() throws IOException {
        assertContains(text(Quotes.render(renderer, Quotes.quote("D-1", Locale.FRANCE, "EUR", null, 2))),
                "Devis", "Valable jusqu’au", "Désignation", "Page 1 sur 1", "Total TTC");
        assertContains(text(Quotes.render(renderer, Quotes.quote("P-1", Locale.forLanguageTag("es-ES"), "EUR", null, 2))),
                "Presupuesto", "Válido hasta", "Descripción", "Página 1 de 1");
    }

    /**
     * Every labels_*.properties next to the base file passes the one translation check; beyond it, each label keeps
     * its trailing space (the renderer appends to it), and every character of it has a glyph in one of the embedded fonts.
     */
    @Test
    void everyLabelFileHasTheEnglishKeysAndArgumentsAndGlyphsForEveryCharacter() {
        TranslationCheck labels = TranslationCheck.of(Labels.class, "labels");
        labels.assertValid(TranslationCheck.LANGUAGES);
        Fonts fonts = new Fonts();
        for (String language : labels.languages()) {
            java.util.Properties t = labels.texts(language);
            for (String key : labels.base().stringPropertyNames()) {
                String where = "labels_" + language + " " + key;
                String label = t.getProperty(key);
                assertEquals(labels.base().getProperty(key).endsWith(" "), label.endsWith(" "), where + ": trailing space");
                label.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> assertTrue(
                        fonts.latin.charExists(cp) && fonts.latinBold.charExists(cp)
                                || fonts.devanagari.charExists(cp) && fonts.devanagariBold.charExists(cp),
                        () -> where + ": no glyph for U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT)));
            }
        }
        // the letters Ukrainian has beyond Russian, and its currency sign
        "ІіЇїЄєҐґ’₴".codePoints().forEach(cp -> assertTrue(fonts.latin.charExists(cp) && fonts.latinBold.charExists(cp),
                () -> "Noto Sans lacks U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT)));
    }

    /** The document with the first line's options set, the other lines as they were. */
    private static QuoteDocument withOptions(QuoteDocument d, java.util.Map<String, String> options) {
        List<QuoteDocument.Line> lines = new ArrayList<>(d.lines());
        QuoteDocument.Line l = lines.get(0);
        lines.set(0, new QuoteDocument.Line(l.position(), l.sku(), l.name(), l.quantity(), l.unit(), l.unitPrice(), l.discountPercent(),
                l.taxRate(), l.lineTotal(), options));
        return new QuoteDocument(d.number(), d.revision(), d.issued(), d.validUntil(), d.locale(), d.currency(), d.pricesIncludeTax(),
                d.seller(), d.customer(), lines, d.totals(), d.template());
    }

    @Test
    void aLinesOptionsArePrintedUnderItsNameInEveryScriptWithEmbeddedFonts() throws IOException {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("Colour", "Blue");
        options.put("Размер", "XL");
        options.put("रंग", "नीला");
        QuoteDocument doc = withOptions(Quotes.quote("OPT-1", Locale.forLanguageTag("uk"), "EUR", null,
                List.of("Work shirt", "Printer cartridge")), options);
        byte[] pdf = save("options", Quotes.render(renderer, doc));
        String text = text(pdf);
        assertContains(text, "Work shirt", "Colour: Blue · Размер: XL · रंग: नीला", "Printer cartridge");
        // the options stand on their own line under the name, before the next line's name
        String flat = text.replaceAll("[\\s\u00a0\u202f]+", " ");
        assertTrue(flat.indexOf("Work shirt") < flat.indexOf("Colour: Blue") && flat.indexOf("Colour: Blue") < flat.indexOf("Printer cartridge"),
                text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded() && font.getName().contains("+NotoSans"), font.getName() + " is an embedded Noto subset");
                }
            }
        }
        assertFalse(text(Quotes.render(renderer, Quotes.quote("OPT-2", Locale.ENGLISH, "EUR", null, List.of("Work shirt")))).contains("Colour"));
    }

    @Test
    void devanagariQuoteKeepsItsTextAndEmbedsTheFonts() throws IOException {
        QuoteDocument doc = Quotes.quote("को-९", Locale.forLanguageTag("hi-IN"), "INR",
                new Template(null, "#B23A48", "भुगतान ३० दिनों के भीतर। श्रीमान द्वारा स्वीकृत।", "धन्यवाद — Offerbridge"),
                List.of(HINDI, "शुद्ध विद्या पत्नी धर्म त्र द्ध कि"));
        byte[] pdf = save("hi", Quotes.render(renderer, doc));
        String text = text(pdf);
        // Shaped runs carry their source text (ActualText), so extraction gives back the logical Unicode text.
        assertContains(text, "कोटेशन", HINDI, "शुद्ध विद्या पत्नी धर्म त्र द्ध कि", "भुगतान ३० दिनों के भीतर।",
                "धन्यवाद — Offerbridge", "विवरण", "₹");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            // Noto Sans (2022 build) covers Devanagari itself; Noto Sans Devanagari is the fallback for what it lacks.
            assertTrue(fonts.stream().allMatch(f -> f.contains("+NotoSans")), "embedded subsets of Noto: " + fonts);
        }
    }

    @Test
    void aLineMixingScriptsKeepsEveryScript() throws IOException {
        String mixed = "Toner Тонер टोनर क्षमा 3×";
        QuoteDocument doc = Quotes.quote("MIX-1", Locale.ENGLISH, "EUR", null, List.of(mixed));
        assertContains(text(save("mixed", Quotes.render(renderer, doc))), mixed);
    }

    @Test
    void sixtyLinesSpanPagesAndRepeatTheTableHeader() throws IOException {
        QuoteDocument doc = Quotes.quote("Q-60", Locale.UK, "EUR", null, 60);
        byte[] pdf = save("sixty", Quotes.render(renderer, doc));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertContains(text, "Page " + page + " of " + pages);
                if (page < pages) {
                    assertContains(text, "Description", "Unit price");
                }
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(document);
            assertContains(all, "Printer cartridge 1", "Printer cartridge 59", "stainless steel bracket",
                    "with screws, item 60");
        }
    }

    @Test
    void templateLogoColourTermsAndFooterAppear() throws IOException {
        Template template = new Template(Quotes.png(120, 40, 0x00FF00), "#1A73E8",
                "Payment within 30 days.\nPrices valid for 30 days.", "Acme Supplies GmbH · IBAN DE00 1234");
        QuoteDocument doc = Quotes.quote("T-1", Locale.UK, "EUR", template, 4);
        byte[] pdf = save("template", Quotes.render(renderer, doc));
        assertContains(text(pdf), "Terms and conditions", "Payment within 30 days.", "Prices valid for 30 days.",
                "Acme Supplies GmbH · IBAN DE00 1234");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            boolean image = false;
            for (COSName name : resources.getXObjectNames()) {
                image |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertTrue(image, "the logo is on page 1");
            BufferedImage page = new PDFRenderer(document).renderImage(0, 1f);
            assertTrue(count(page, 0x1A73E8) > 500, "the table header has the template colour");
            assertTrue(count(page, 0x00FF00) > 500, "the logo is drawn");
        }
    }

    @Test
    void noTemplateRendersWithDefaults() throws IOException {
        QuoteDocument doc = Quotes.quote("N-1", Locale.UK, "USD", Template.NONE, 1);
        String text = text(Quotes.render(renderer, doc));
        assertContains(text, "Acme Supplies GmbH", "$12.50");
        assertFalse(text.contains("Terms and conditions"));
    }

    @Test
    void aBadTemplateColourIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Template(null, "blue", null, null));
        assertTrue(e.getMessage().contains("template.primaryColor"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Template(null, "#12345", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Template(null, "#GG0000", null, null));
    }

    @Test
    void markupCharactersAreTextNotMarkup() throws IOException {
        String name = "<b>Tom & \"Jerry\"</b> 'x' ]]> &amp; <!-- c --> {0} %s \\n";
        QuoteDocument doc = Quotes.quote("X&<1>", Locale.UK, "EUR",
                new Template(null, null, "<script>alert('t')</script>", "a < b & c > d"), List.of(name));
        assertContains(text(Quotes.render(renderer, doc)), name, "X&<1>", "<script>alert('t')</script>",
                "a < b & c > d");
    }

    @Test
    void eightThreadsRenderValidPdfsConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int n = i;
                Locale locale = switch (n % 4) {
                    case 0 -> Locale.UK;
                    case 1 -> Locale.GERMANY;
                    case 2 -> Locale.forLanguageTag("ru-RU");
                    default -> Locale.forLanguageTag("hi-IN");
                };
                QuoteDocument doc = Quotes.quote("C-" + n, locale, "EUR", null,
                        List.of("Item " + n, HINDI, RUSSIAN, "Line " + n + " end"));
                results.add(pool.submit(() -> text(Quotes.render(renderer, doc))));
            }
            for (int i = 0; i < results.size(); i++) {
                String text = results.get(i).get(60, TimeUnit.SECONDS);
                assertContains(text, "C-" + i, "Item " + i, HINDI, RUSSIAN, "Line " + i + " end");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Keeps the last rendering of each sample under target/samples for a look (pdftoppm -png -r 150). */
    private static byte[] save(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("quote-" + name + ".pdf"), pdf);
        return pdf;
    }

    private static void assertContains(String text, String... expected) {
        // Number formats use no-break spaces (de: "12,50\u00a0€", ru: "1\u202f234"): compare them as spaces.
        String flat = text.replaceAll("[\\s\u00a0\u202f]+", " ");
        for (String e : expected) {
            assertTrue(flat.contains(e.replaceAll("\\s+", " ")), () -> "expected '" + e + "' in:\n" + text);
        }
    }
}
