package org.offerbridge.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.offerbridge.catalog.api.Product;

/**
 * Writes the catalog as CSV in the import format, streamed in SKU order, so an export imports back unchanged; text
 * that a spreadsheet would run as a formula is quoted ({@link CsvFormulaGuard}).
 */
final class CatalogCsvExport {
    private final ProductStore store;

    CatalogCsvExport(ProductStore store) {
        this.store = store;
    }

    void write(OutputStream out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(CatalogCsvReader.EXPORT_HEADER);
            store.forEachInSkuOrder(p -> print(printer, p));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void print(CSVPrinter printer, Product p) {
        try {
            // text cells guarded against formulas; the numbers are written plain
            printer.printRecord(text(p.sku()), text(p.name()), text(String.join("|", p.aliases())), text(p.unit()),
                    p.price().toPlainString(), text(p.currency()), p.stock() == null ? "" : p.stock().toPlainString(),
                    p.taxRate() == null ? "" : p.taxRate().toPlainString(), p.description() == null ? "" : text(p.description()),
                    p.active(), text(OptionsCell.format(p.options(), p.currency())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String cell) {
        return CsvFormulaGuard.neutralise(cell);
    }
}
