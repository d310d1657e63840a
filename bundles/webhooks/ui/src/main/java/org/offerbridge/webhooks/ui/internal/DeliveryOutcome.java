package org.offerbridge.webhooks.ui.internal;

import org.offerbridge.webhooks.api.WebhookLog;

/** How the last attempt ended, in a few words: the endpoint's HTTP status, or why no answer came. */
final class DeliveryOutcome {
    static final int MAX = 120;

    private DeliveryOutcome() {
    }

    static String of(Integer statusCode, String error) {
        String code = statusCode == null ? null : "HTTP " + statusCode;
        String why = error == null || error.isBlank() ? null : shorten(error.strip());
        if (code != null && why != null) {
            return code + " · " + why;
        }
        return code != null ? code : why != null ? why : "";
    }

    static String of(WebhookLog.Delivery d) {
        return of(d.lastStatusCode(), d.lastError());
    }

    static String of(WebhookLog.Attempt a) {
        return a == null ? "" : of(a.statusCode(), a.error());
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= MAX ? one : one.substring(0, MAX - 1) + "…";
    }
}
