package org.offerbridge.platform.api.rest;

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

    public ProblemException(int status, String type, String title, String detail, String field,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
        this.headers = Map.copyOf(headers);
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
