package org.offerbridge.systemmessages.internal;

/** The JSON body of POST /system-messages, and once checked by {@link SystemMessageRules}, what is stored. */
public record NewMessage(String severity, String source, String message) {
}
