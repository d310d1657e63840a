package org.offerbridge.webhooks.internal;

/**
 * What one HTTP attempt came to. {@code statusCode} is null when no answer came; {@code error} is one line
 * naming the kind of failure (never an exception message, which may quote the URL); {@code responseBody} is
 * the start of what the receiver answered.
 */
record SendResult(Integer statusCode, String error, String responseBody, long durationMillis) {
    static final int MAX_ERROR = 300;
    /** Characters of the receiver's answer kept in the log. */
    static final int MAX_KEPT_BODY = 4_000;

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode <= 299;
    }

    /** 410 Gone: the receiver says the endpoint is no more; it is switched off at once. */
    boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    static SendResult failed(String error, long durationMillis) {
        return new SendResult(null, oneLine(error), null, durationMillis);
    }

    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > MAX_ERROR ? line.substring(0, MAX_ERROR - 1) + "…" : line;
    }
}
