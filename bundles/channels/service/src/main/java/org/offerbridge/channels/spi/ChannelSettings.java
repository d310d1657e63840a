package org.offerbridge.channels.spi;

import java.util.Map;

/**
 * A channel's settings as its kind sees them: {@code values} are plain, {@code secrets} decrypted (for the kind's use
 * only). {@code channelId} is null while a channel is being created.
 */
public record ChannelSettings(String channelId, Map<String, String> values, Map<String, String> secrets) {
    public static final ChannelSettings NONE = new ChannelSettings(null, Map.of(), Map.of());

    public ChannelSettings {
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
    }

    public String value(String name) {
        return values.get(name);
    }

    public String secret(String name) {
        return secrets.get(name);
    }

    @Override
    public String toString() {
        return "ChannelSettings[channel=" + channelId + ", values=" + values.keySet() + ", secrets=" + secrets.keySet() + "]";
    }
}
