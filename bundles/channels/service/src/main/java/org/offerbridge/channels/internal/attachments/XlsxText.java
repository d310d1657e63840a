package org.offerbridge.channels.internal.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of a spreadsheet (xlsx) as CSV lines (fastexcel-reader streams the sheets; Commons CSV quotes the cells),
 * at most {@link #MAX_SHEETS} sheets and {@code maxChars} characters; each sheet after the first under its name.
 */
final class XlsxText {
    static final int MAX_SHEETS = 5;

    private XlsxText() {
    }

    static String of(byte[] bytes, int maxChars) {
        StringBuilder out = new StringBuilder();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            List<Sheet> sheets = wb.getSheets().limit(MAX_SHEETS).toList();
            for (int i = 0; i < sheets.size() && out.length() < maxChars; i++) {
                if (i > 0) {
                    out.append('\n').append(sheets.get(i).getName()).append('\n');
                }
                try (Stream<Row> rows = sheets.get(i).openStream()) {
                    Iterator<Row> it = rows.iterator();
                    while (it.hasNext() && out.length() < maxChars) {
                        Row row = it.next();
                        List<String> cells = row.stream().map(XlsxText::text).toList();
                        if (cells.stream().anyMatch(c -> !c.isBlank())) {
                            csv.printRecord(trailingBlanksDropped(cells));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return out.length() == 0 ? null : out.toString();
        }
        return out.length() > maxChars ? out.substring(0, maxChars) : out.toString();
    }

    private static String text(Cell c) {
        return c == null || c.getRawValue() == null ? "" : c.getText();
    }

    private static List<String> trailingBlanksDropped(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return cells.subList(0, n);
    }
}
