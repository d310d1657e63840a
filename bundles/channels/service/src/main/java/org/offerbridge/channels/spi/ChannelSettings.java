package org.offerbridge.channels.spi;

import java.util.Map;

/**
 * A channel's settings as its kind sees them: {@code values} are plain, {@code secrets} decrypted (for the kind's use
 * only). {@code channelId} is null while a channel is being created; {@code tenantId} names the channel's workspace
 * (null while it is being created), for kinds whose work needs the workspace's own settings, since sends and
 * connects run with no workspace bound.
 */
public record ChannelSettings(String channelId, Map<String, String> values, Map<String, String> secrets, String tenantId) {
    public static final ChannelSettings NONE = new ChannelSettings(null, Map.of(), Map.of());

    public ChannelSettings {
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
    }

    /** Settings of no particular workspace (a channel being created, a test). */
    public ChannelSettings(String channelId, Map<String, String> values, Map<String, String> secrets) {
        this(channelId, values, secrets, null);
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
