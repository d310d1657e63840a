package org.offerbridge.platform.api.rest;

import java.util.List;
import java.util.Map;

/**
 * Thrown by resources and services to answer with a problem+json. The message becomes {@code detail}; it
 * is shown to the caller, so it must never contain internal data or secrets.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;
    private final String title;
    private final String field;
    private final Map<String, String> headers;
    private final String messageKey;
    private final List<Object> messageArgs;

    public ProblemException(int status, String type, String title, String detail, String field,
            Map<String, String> headers) {
        this(status, type, title, detail, field, headers, null, List.of());
    }

    private ProblemException(int status, String type, String title, String detail, String field,
            Map<String, String> headers, String messageKey, List<Object> messageArgs) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
        this.headers = Map.copyOf(headers);
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
    }

    public ProblemException(int status, String type, String title, String detail, String field) {
        this(status, type, title, detail, field, Map.of());
    }

    /** 400: the named input is missing or malformed. */
    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(400, "validation", "Invalid request", detail, field);
    }

    /** 404: absent, or belonging to another tenant; the answer never tells which. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found", null);
    }

    /** 409: the resource's state does not allow the operation. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    /** 403: the caller's role does not allow the operation. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    /**
     * The same problem with a message key and its arguments, so that a caller showing it to a person (the admin UI)
     * can say it in that person's language. The key names a text in the platform's shared messages
     * ({@code field.required}, {@code field.tooLong}, ...) or in the capability's own; the detail stays the English text.
     */
    public ProblemException withMessage(String key, Object... args) {
        ProblemException copy = new ProblemException(status, type, title, getMessage(), field, headers, key, List.of(args));
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The message key given by {@link #withMessage}, or null when only the English detail exists. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of {@link #messageKey()}, in order; empty when there is no key. */
    public List<Object> messageArgs() {
        return messageArgs;
    }

    public int status() {
        return status;
    }

    /** The problem type slug; the full URI is {@link Problem#TYPE_BASE} + slug. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
