package org.offerbridge.quotation.pdf.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.offerbridge.quotation.pdf.QuoteDocument;
import org.offerbridge.quotation.pdf.QuoteDocument.Line;
import org.offerbridge.quotation.pdf.QuoteDocument.Party;
import org.offerbridge.quotation.pdf.QuoteDocument.TaxAmount;
import org.offerbridge.quotation.pdf.QuoteDocument.Template;
import org.offerbridge.quotation.pdf.QuotePdfRenderer;
import org.osgi.service.component.annotations.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays a quotation out with OpenPDF: logo and title, seller and customer, the line table (its header repeated on
 * every page, long names wrapped), totals with tax per rate, terms, and a footer with the tenant's text and
 * "page x of y". Thread-safe: the parsed fonts are shared, everything else belongs to one render call.
 */
@Component(service = QuotePdfRenderer.class)
public class OpenPdfQuoteRenderer implements QuotePdfRenderer {

    static final Color DEFAULT_PRIMARY = new Color(0x1F, 0x3A, 0x5F);
    private static final Color RULE = new Color(0xC8, 0xC8, 0xC8);
    private static final Color ZEBRA = new Color(0xF4, 0xF6, 0xF8);
    private static final float BODY = 9f;

    private final Fonts fonts = new Fonts();

    @Override
    public void render(QuoteDocument doc, OutputStream out) throws IOException {
        try {
            new Run(doc).write(out);
        } catch (DocumentException e) {
            throw new IOException("cannot render quotation " + doc.number(), e);
        }
        out.flush();
    }

    /** One rendering: formatters and font selectors are not thread-safe, so each call has its own. */
    private final class Run {
        private final QuoteDocument doc;
        private final Template template;
        private final Labels labels;
        private final Color primary;
        private final NumberFormat money;
        private final NumberFormat quantity;
        private final NumberFormat percent;
        private final DateTimeFormatter dates;
        private final Fonts.Style body;
        private final Fonts.Style bold;
        private final Fonts.Style small;
        private final Fonts.Style header;
        private final Fonts.Style title;

        Run(QuoteDocument doc) {
            this.doc = doc;
            this.template = doc.template();
            Locale locale = doc.locale();
            this.labels = new Labels(locale);
            this.primary = template.primaryColor() == null ? DEFAULT_PRIMARY
                    : new Color(Integer.parseInt(template.primaryColor().substring(1), 16));
            this.money = NumberFormat.getCurrencyInstance(locale);
            Currency currency = Currency.getInstance(doc.currency());
            money.setCurrency(currency);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            money.setMinimumFractionDigits(digits);
            money.setMaximumFractionDigits(digits);
            this.quantity = NumberFormat.getNumberInstance(locale);
            quantity.setMaximumFractionDigits(3);
            this.percent = NumberFormat.getNumberInstance(locale);
            percent.setMaximumFractionDigits(2);
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            this.body = fonts.style(BODY, false, Color.BLACK);
            this.bold = fonts.style(BODY, true, Color.BLACK);
            this.small = fonts.style(7.5f, false, Color.DARK_GRAY);
            this.header = fonts.style(BODY, true, Color.WHITE);
            this.title = fonts.style(18f, true, primary);
        }

        void write(OutputStream out) throws DocumentException, IOException {
            Document document = new Document(PageSize.A4, 40, 40, 40, 60);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer());
            document.addTitle(labels.get("title") + " " + doc.number());
            document.addCreator("Offerbridge");
            document.open();
            document.add(head());
            document.add(parties());
            document.add(lines());
            document.add(totals());
            Paragraph taxNote = paragraph(labels.get(doc.pricesIncludeTax() ? "pricesIncludeTax" : "pricesExcludeTax"),
                    small);
            taxNote.setAlignment(Element.ALIGN_RIGHT);
            document.add(taxNote);
            if (notBlank(template.terms())) {
                Paragraph heading = paragraph(labels.get("terms"), fonts.style(10.5f, true, primary));
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(4);
                document.add(heading);
                for (String para : template.terms().split("\\R")) {
                    document.add(paragraph(para.isEmpty() ? " " : para, body));
                }
            }
            document.close();
        }

        private PdfPTable head() throws IOException, DocumentException {
            PdfPTable table = new PdfPTable(new float[] {55, 45});
            table.setWidthPercentage(100);
            PdfPCell left;
            if (template.logoPng() != null) {
                Image logo = Image.getInstance(template.logoPng());
                logo.scaleToFit(160, 64);
                left = new PdfPCell(logo, false);
            } else {
                left = new PdfPCell(title.process(doc.seller().name()));
            }
            left.setBorder(Rectangle.NO_BORDER);
            table.addCell(left);

            PdfPTable facts = new PdfPTable(new float[] {45, 55});
            PdfPCell heading = cell(title.process(labels.get("title")), Element.ALIGN_RIGHT);
            heading.setColspan(2);
            heading.setPaddingBottom(6);
            facts.addCell(heading);
            fact(facts, "number", doc.number());
            fact(facts, "revision", Integer.toString(doc.revision()));
            fact(facts, "issued", date(doc.issued()));
            if (doc.validUntil() != null) {
                fact(facts, "validUntil", date(doc.validUntil()));
            }
            PdfPCell right = new PdfPCell(facts);
            right.setBorder(Rectangle.NO_BORDER);
            table.addCell(right);
            table.setSpacingAfter(14);
            return table;
        }

        private void fact(PdfPTable facts, String label, String value) {
            facts.addCell(cell(body.process(labels.get(label)), Element.ALIGN_RIGHT));
            facts.addCell(cell(bold.process(value), Element.ALIGN_RIGHT));
        }

        private PdfPTable parties() {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.addCell(party("seller", doc.seller()));
            table.addCell(party("customer", doc.customer()));
            table.setSpacingAfter(14);
            return table;
        }

        private PdfPCell party(String label, Party party) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(primary);
            cell.setBorderWidth(1.5f);
            cell.setPaddingTop(4);
            cell.setPaddingRight(12);
            cell.addElement(paragraph(labels.get(label), fonts.style(7.5f, true, primary)));
            cell.addElement(paragraph(party.name(), bold));
            if (notBlank(party.address())) {
                for (String line : party.address().split("\\R")) {
                    cell.addElement(paragraph(line, body));
                }
            }
            if (notBlank(party.email())) {
                cell.addElement(paragraph(labels.get("email") + ": " + party.email(), body));
            }
            if (notBlank(party.phone())) {
                cell.addElement(paragraph(labels.get("phone") + ": " + party.phone(), body));
            }
            if (notBlank(party.taxId())) {
                cell.addElement(paragraph(labels.get("taxId") + ": " + party.taxId(), body));
            }
            return cell;
        }

        private PdfPTable lines() throws DocumentException {
            PdfPTable table = new PdfPTable(new float[] {4, 10, 30, 7, 6, 12, 7, 7, 14});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            String[] columns = {"col.position", "col.sku", "col.name", "col.quantity", "col.unit", "col.unitPrice",
                    "col.discount", "col.tax", "col.total"};
            for (int i = 0; i < columns.length; i++) {
                PdfPCell cell = cell(header.process(labels.get(columns[i])), i >= 5 || i == 3 ? Element.ALIGN_RIGHT
                        : Element.ALIGN_LEFT);
                cell.setBackgroundColor(primary);
                cell.setPaddingBottom(5);
                table.addCell(cell);
            }
            int row = 0;
            for (Line line : doc.lines()) {
                Color background = row++ % 2 == 1 ? ZEBRA : null;
                table.addCell(row(Integer.toString(line.position()), Element.ALIGN_LEFT, background));
                table.addCell(row(nullToEmpty(line.sku()), Element.ALIGN_LEFT, background));
                table.addCell(nameRow(line, background));
                table.addCell(row(quantity.format(line.quantity()), Element.ALIGN_RIGHT, background));
                table.addCell(row(nullToEmpty(line.unit()), Element.ALIGN_LEFT, background));
                table.addCell(row(money.format(line.unitPrice()), Element.ALIGN_RIGHT, background));
                table.addCell(row(percentOrEmpty(line.discountPercent()), Element.ALIGN_RIGHT, background));
                table.addCell(row(percentOrEmpty(line.taxRate()), Element.ALIGN_RIGHT, background));
                table.addCell(row(money.format(line.lineTotal()), Element.ALIGN_RIGHT, background));
            }
            table.setSpacingAfter(8);
            return table;
        }

        /** The line's name, and under it the options chosen for it ("Colour: Blue · Size: M") in the small font. */
        private PdfPCell nameRow(Line line, Color background) {
            if (line.options().isEmpty()) {
                return row(line.name(), Element.ALIGN_LEFT, background);
            }
            // two paragraphs in the cell (composite mode), each in the embedded fonts
            PdfPCell cell = cell(new Phrase(), Element.ALIGN_LEFT);
            cell.addElement(paragraph(line.name(), body));
            cell.addElement(paragraph(line.options().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(" · ")), small));
            return ruled(cell, background);
        }

        private PdfPCell row(String text, int align, Color background) {
            return ruled(cell(body.process(text), align), background);
        }

        private PdfPCell ruled(PdfPCell cell, Color background) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setPaddingBottom(4);
            if (background != null) {
                cell.setBackgroundColor(background);
            }
            return cell;
        }

        private PdfPTable totals() {
            PdfPTable table = new PdfPTable(new float[] {60, 40});
            table.setWidthPercentage(50);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.setKeepTogether(true);
            total(table, labels.get("net"), doc.totals().net(), body);
            BigDecimal discount = doc.totals().discount();
            if (discount != null && discount.signum() != 0) {
                total(table, labels.get("discount"), discount, body);
            }
            for (TaxAmount tax : doc.totals().taxes()) {
                String label = tax.base() == null ? labels.get("col.tax") + " " + percent(tax.rate())
                        : labels.format("taxAt", percent(tax.rate()), money.format(tax.base()));
                total(table, label, tax.amount(), body);
            }
            total(table, labels.get("tax"), doc.totals().tax(), body);
            PdfPCell label = cell(fonts.style(10.5f, true, primary).process(labels.get("gross")), Element.ALIGN_LEFT);
            PdfPCell value = cell(fonts.style(10.5f, true, primary).process(money.format(doc.totals().gross())),
                    Element.ALIGN_RIGHT);
            for (PdfPCell cell : new PdfPCell[] {label, value}) {
                cell.setBorder(Rectangle.TOP);
                cell.setBorderColor(primary);
                cell.setBorderWidth(1.2f);
                cell.setPaddingTop(4);
                table.addCell(cell);
            }
            return table;
        }

        private void total(PdfPTable table, String label, BigDecimal amount, Fonts.Style font) {
            table.addCell(cell(font.process(label), Element.ALIGN_LEFT));
            table.addCell(cell(font.process(money.format(amount)), Element.ALIGN_RIGHT));
        }

        private PdfPCell cell(Phrase phrase, int align) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(align);
            cell.setUseAscender(true);
            cell.setPadding(3);
            return cell;
        }

        private Paragraph paragraph(String text, Fonts.Style font) {
            Paragraph paragraph = new Paragraph(font.process(text));
            // OpenPDF writes paragraph spacing as a blank in the paragraph's own font: make that an embedded one too.
            paragraph.setFont(font.primary());
            paragraph.setLeading(0, 1.35f);
            return paragraph;
        }

        private String date(LocalDate date) {
            return dates.format(date);
        }

        private String percentOrEmpty(BigDecimal value) {
            return value == null ? "" : percent(value);
        }

        private String percent(BigDecimal value) {
            return percent.format(value) + " %";
        }

        /** Footer on every page: the tenant's footer text and "page x of y", y filled in when the document closes. */
        private final class Footer extends PdfPageEventHelper {
            private PdfTemplate pageCount;

            @Override
            public void onOpenDocument(PdfWriter writer, Document document) {
                pageCount = writer.getDirectContent().createTemplate(40, 14);
            }

            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                float y = document.bottom() - 24;
                canvas.saveState();
                canvas.setColorStroke(primary);
                canvas.setLineWidth(0.8f);
                canvas.moveTo(document.left(), y + 12);
                canvas.lineTo(document.right(), y + 12);
                canvas.stroke();
                canvas.restoreState();
                if (notBlank(template.footer())) {
                    ColumnText column = new ColumnText(canvas);
                    column.setSimpleColumn(document.left(), y - 16, document.right() - 110, y + 10);
                    column.setLeading(0, 1.25f);
                    column.addText(small.process(template.footer()));
                    try {
                        column.go();
                    } catch (DocumentException e) {
                        throw new IllegalStateException(e);
                    }
                }
                Phrase page = small.process(labels.format("page", writer.getPageNumber()));
                float countX = document.right() - 20;
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, page, countX, y, 0);
                canvas.addTemplate(pageCount, countX, y);
            }

            @Override
            public void onCloseDocument(PdfWriter writer, Document document) {
                ColumnText.showTextAligned(pageCount, Element.ALIGN_LEFT,
                        small.process(Integer.toString(writer.getPageNumber() - 1)), 1, 0, 0);
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
