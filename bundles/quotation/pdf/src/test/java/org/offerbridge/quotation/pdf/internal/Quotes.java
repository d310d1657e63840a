package org.offerbridge.quotation.pdf.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.offerbridge.quotation.pdf.QuoteDocument;
import org.offerbridge.quotation.pdf.QuoteDocument.Line;
import org.offerbridge.quotation.pdf.QuoteDocument.Party;
import org.offerbridge.quotation.pdf.QuoteDocument.TaxAmount;
import org.offerbridge.quotation.pdf.QuoteDocument.Template;
import org.offerbridge.quotation.pdf.QuoteDocument.Totals;

/** Test quotations: n lines with computed totals, in a given locale and currency. */
final class Quotes {

    private Quotes() {
    }

    static QuoteDocument quote(String number, Locale locale, String currency, Template template, List<String> names) {
        List<Line> lines = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal base19 = BigDecimal.ZERO;
        BigDecimal base7 = BigDecimal.ZERO;
        for (int i = 0; i < names.size(); i++) {
            BigDecimal qty = BigDecimal.valueOf(i % 4 + 1);
            BigDecimal price = new BigDecimal("12.50").add(BigDecimal.valueOf(i * 3L));
            BigDecimal discount = i % 3 == 0 ? new BigDecimal("5") : null;
            BigDecimal rate = i % 2 == 0 ? new BigDecimal("19") : new BigDecimal("7");
            BigDecimal total = qty.multiply(price);
            if (discount != null) {
                total = total.multiply(BigDecimal.valueOf(100).subtract(discount)).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP);
            }
            lines.add(new Line(i + 1, "SKU-" + (1000 + i), names.get(i), qty, "pcs", price, discount, rate, total));
            net = net.add(total);
            if (i % 2 == 0) {
                base19 = base19.add(total);
            } else {
                base7 = base7.add(total);
            }
        }
        BigDecimal tax19 = base19.multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax7 = base7.multiply(new BigDecimal("0.07")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = tax19.add(tax7);
        Totals totals = new Totals(net, null, List.of(new TaxAmount(new BigDecimal("19"), base19, tax19),
                new TaxAmount(new BigDecimal("7"), base7, tax7)), tax, net.add(tax));
        Party seller = new Party("Acme Supplies GmbH", "Hauptstraße 1\n10115 Berlin", "sales@acme.example",
                "+49 30 1234567", "DE123456789");
        Party customer = new Party("Example Customer Ltd", "1 High Street\nLondon", "buyer@example.com", null, null);
        return new QuoteDocument(number, 2, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13), locale, currency,
                false, seller, customer, lines, totals, template);
    }

    static QuoteDocument quote(String number, Locale locale, String currency, Template template, int lines) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            names.add(i % 5 == 4 ? "Long item name that needs wrapping in the description column because it goes on "
                    + "and on: stainless steel bracket, 40 x 40 mm, with screws, item " + (i + 1)
                    : "Printer cartridge " + (i + 1));
        }
        return quote(number, locale, currency, template, names);
    }

    static byte[] render(OpenPdfQuoteRenderer renderer, QuoteDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
