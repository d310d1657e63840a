package org.offerbridge.catalog.api;

/**
 * A product value that breaks a rule of the catalog; names the field at fault. For callers' own checks (a form
 * parsing a number); the service itself reports broken rules as a 400 {@code ProblemException} naming the field.
 */
public class InvalidProductException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidProductException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
