package org.offerbridge.channels.spi;

import java.util.Map;

/**
 * Validated settings: {@code values} stored plain and shown, {@code secrets} stored encrypted and never shown,
 * {@code shownOnce} the secrets the server made that the creator sees once (a subset of {@code secrets}' values).
 */
public record PreparedSettings(Map<String, String> values, Map<String, String> secrets, Map<String, String> shownOnce) {
    public PreparedSettings {
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
        shownOnce = Map.copyOf(shownOnce);
    }

    @Override
    public String toString() {
        return "PreparedSettings[values=" + values.keySet() + ", secrets=" + secrets.keySet() + "]";
    }
}
