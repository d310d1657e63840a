package org.offerbridge.catalog.internal;

/**
 * Keeps spreadsheets from running exported text as a formula (OWASP CSV injection): a text cell that starts with
 * {@code = + - @}, a tab or a carriage return is written with a leading single quote, which spreadsheets show as
 * text, and the import takes that quote off again, so an export imports back to the same values. A cell that
 * starts with quotes before such a character gets one more quote, so a value that really starts with a quote also
 * comes back unchanged. Numeric columns are written as they are: a plain number is not a formula.
 */
final class CsvFormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r";

    private CsvFormulaGuard() {
    }

    /** The cell as exported. */
    static String neutralise(String cell) {
        return cell != null && needsQuote(cell) ? "'" + cell : cell;
    }

    /** The value of an imported cell: without the quote {@link #neutralise} added. */
    static String restore(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && TRIGGERS.indexOf(cell.charAt(i)) >= 0;
    }
}
