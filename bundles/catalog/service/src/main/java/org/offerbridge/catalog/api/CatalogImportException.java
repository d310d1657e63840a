package org.offerbridge.catalog.api;

/**
 * A fatal import problem (no header, broken CSV structure, too many bad lines): nothing of the file was
 * applied.
 */
public class CatalogImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final long line;

    public CatalogImportException(String field, long line, String message) {
        super(message);
        this.field = field;
        this.line = line;
    }

    /** The part of the input at fault, e.g. "header". */
    public String field() {
        return field;
    }

    /** The line at fault, or 0 when not about one line. */
    public long line() {
        return line;
    }
}
