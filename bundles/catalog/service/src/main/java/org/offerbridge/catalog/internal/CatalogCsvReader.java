package org.offerbridge.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.offerbridge.catalog.api.CatalogImportException;
import org.offerbridge.catalog.api.ImportResult.LineError;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

/**
 * Reads an import file record by record (never the whole file at once) and turns each line into a valid
 * {@link CsvRow} or a {@link LineError}. Knows the format; knows nothing of the database.
 */
final class CatalogCsvReader {
    static final List<String> REQUIRED = List.of("sku", "name", "unit", "price");
    static final List<String> EXPORT_HEADER = List.of("sku", "name", "aliases", "unit", "price", "currency", "stock",
            "tax_rate", "description", "active", "options");

    /** A line whose problem belongs in the system messages, classified for the summary. */
    enum Problem { DUPLICATE_SKU, NEGATIVE_PRICE, UNKNOWN_UNIT, OTHER }

    record Rejected(LineError error, Problem problem) {
    }

    private final CSVParser parser;
    private final Map<String, Integer> columns = new HashMap<>();
    /** SKU key → the line it first appeared on, to report duplicates inside one file. */
    private final Map<String, Long> seen = new HashMap<>();

    CatalogCsvReader(Reader in) throws IOException {
        try {
            this.parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                    .get().parse(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads the header; throws when a required column is missing. */
    void readHeader(Iterator<CSVRecord> records) {
        if (!records.hasNext()) {
            throw new CatalogImportException("header", 1, "The file is empty; the first line must be the header "
                    + String.join(",", EXPORT_HEADER.subList(0, 7)));
        }
        CSVRecord header = records.next();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1); // a byte order mark written by spreadsheet programs
            }
            columns.putIfAbsent(name, i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new CatalogImportException("header", 1, "The header lacks the column(s) " + String.join(", ", missing)
                    + "; expected " + String.join(",", EXPORT_HEADER.subList(0, 7)));
        }
    }

    /** Streams every data line to one of the two consumers, in file order. */
    void read(Consumer<CsvRow> valid, Consumer<Rejected> rejected) {
        Iterator<CSVRecord> records = parser.iterator();
        try {
            readHeader(records);
            while (records.hasNext()) {
                CSVRecord r = records.next();
                long line = r.getRecordNumber();
                if (isBlank(r)) {
                    continue;
                }
                try {
                    CsvRow row = toRow(r, line);
                    Long first = seen.putIfAbsent(ProductRules.skuKey(row.sku()), line);
                    if (first != null) {
                        rejected.accept(new Rejected(new LineError(line, "sku", "duplicate SKU '" + row.sku()
                                + "' (first on line " + first + ")"), Problem.DUPLICATE_SKU));
                    } else {
                        valid.accept(row);
                    }
                } catch (ProblemException e) {
                    rejected.accept(new Rejected(new LineError(line, e.field(), e.getMessage()), classify(e)));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken structure (e.g. an unterminated quote) this way
            throw new CatalogImportException("body", parser.getCurrentLineNumber(),
                    "The CSV cannot be read near line " + parser.getCurrentLineNumber() + ": " + rootMessage(e));
        }
    }

    long currentLine() {
        return parser.getCurrentLineNumber();
    }

    private CsvRow toRow(CSVRecord r, long line) {
        String sku = ProductRules.sku(cell(r, "sku"));
        String name = ProductRules.name(cell(r, "name"));
        String unit = ProductRules.unit(cell(r, "unit"));
        var price = ProductRules.price(number("price", cell(r, "price")));
        String currencyCell = cell(r, "currency");
        String currency = currencyCell == null || currencyCell.isBlank() ? null : ProductRules.currency(currencyCell);
        boolean hasStock = columns.containsKey("stock");
        var stock = ProductRules.stock(number("stock", cell(r, "stock")));
        boolean hasTax = columns.containsKey("tax_rate");
        var tax = ProductRules.taxRate(number("tax_rate", cell(r, "tax_rate")));
        boolean hasAliases = columns.containsKey("aliases");
        String aliasCell = cell(r, "aliases");
        List<String> aliases = ProductRules.aliases(aliasCell == null ? List.of() : Arrays.asList(aliasCell.split("\\|")));
        boolean hasDescription = columns.containsKey("description");
        String description = ProductRules.description(cell(r, "description"));
        Boolean active = columns.containsKey("active") ? bool(cell(r, "active")) : null;
        boolean hasOptions = columns.containsKey(OptionsCell.FIELD);
        var options = ProductRules.options(OptionsCell.parse(cell(r, OptionsCell.FIELD)));
        return new CsvRow(line, sku, name, description, hasDescription, unit, price, currency, stock, hasStock, tax, hasTax,
                aliases, hasAliases, active, options, hasOptions);
    }

    /** A number as written in a spreadsheet cell ("1234.50", " 7 "); a refusal quotes the cell, to find it in the file. */
    private static BigDecimal number(String field, String raw) {
        try {
            return FieldRules.parseDecimal(field, raw);
        } catch (ProblemException e) {
            throw FieldRules.invalid(field, e.getMessage() + ": '" + ProductRules.abbreviate(raw.strip()) + "'", e.messageKey(),
                    e.messageArgs().toArray());
        }
    }

    private String cell(CSVRecord r, String column) {
        Integer i = columns.get(column);
        return i == null || i >= r.size() ? null : CsvFormulaGuard.restore(r.get(i));
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "active");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "inactive");

    private static Boolean bool(String raw) {
        if (raw == null || raw.isBlank()) {
            return Boolean.TRUE;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(v)) {
            return Boolean.FALSE;
        }
        throw FieldRules.invalid("active", "active must be true or false", "field.oneOf", "active", "true, false");
    }

    /** The kind of a refused line. */
    private static Problem classify(ProblemException e) {
        if ("unit".equals(e.field())) {
            return Problem.UNKNOWN_UNIT;
        }
        if ("price".equals(e.field()) && "field.negative".equals(e.messageKey())) {
            return Problem.NEGATIVE_PRICE;
        }
        return Problem.OTHER;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
