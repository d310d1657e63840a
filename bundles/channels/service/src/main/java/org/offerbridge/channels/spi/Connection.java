package org.offerbridge.channels.spi;

import java.util.Map;

/**
 * The outcome of connecting: connected, or needing attention with a reason; {@code newSecrets} are secrets the kind
 * drew while connecting (e.g. Telegram's webhook secret token), stored encrypted with the channel's other secrets.
 */
public record Connection(boolean connected, String reason, Map<String, String> newSecrets) {
    public Connection {
        newSecrets = Map.copyOf(newSecrets);
    }

    public static Connection ok() {
        return new Connection(true, null, Map.of());
    }

    public static Connection needsAttention(String reason) {
        return new Connection(false, reason, Map.of());
    }

    @Override
    public String toString() {
        return "Connection[connected=" + connected + ", reason=" + reason + ", newSecrets=" + newSecrets.keySet() + "]";
    }
}
