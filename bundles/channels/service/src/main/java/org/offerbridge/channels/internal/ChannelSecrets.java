package org.offerbridge.channels.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Seals and opens channels' secrets and inbound tokens with the node key, and turns stored channels into what kinds
 * and callers see. The only place where channel secrets are in clear.
 */
@Component(service = ChannelSecrets.class)
public class ChannelSecrets {
    /** More channels than one node serves; the whole map is dropped above it. */
    private static final int MAX_OPENED = 10_000;
    private final SecretCipher cipher;
    private final InboundUrls urls;
    /**
     * Secrets already opened, by their sealed text: every inbound call needs its channel's secrets, and a sealed text
     * is never reused for other secrets (a fresh nonce per seal), so a changed secret is simply another key.
     */
    private final Map<String, Map<String, String>> opened = new ConcurrentHashMap<>();

    @Activate
    public ChannelSecrets(@Reference SecretCipher cipher, @Reference InboundUrls urls) {
        this.cipher = cipher;
        this.urls = urls;
    }

    String seal(Map<String, String> secrets) {
        return secrets.isEmpty() ? null : cipher.encrypt(Json.write(secrets));
    }

    String sealToken(String token) {
        return cipher.encrypt(token);
    }

    Map<String, String> open(String sealed) {
        if (sealed == null) {
            return Map.of();
        }
        Map<String, String> secrets = opened.get(sealed);
        if (secrets == null) {
            secrets = java.util.Collections.unmodifiableMap(new HashMap<>(Json.map(cipher.decrypt(sealed))));
            if (opened.size() >= MAX_OPENED) {
                opened.clear();
            }
            opened.put(sealed, secrets);
        }
        return secrets;
    }

    /** {@code sealed}'s secrets with {@code added} over them, sealed again. */
    String merge(String sealed, Map<String, String> added) {
        Map<String, String> all = new HashMap<>(open(sealed));
        all.putAll(added);
        return seal(all);
    }

    ChannelSettings settings(StoredChannel c) {
        return new ChannelSettings(c.id(), c.settings(), open(c.secretsSealed()), c.tenantId());
    }

    URI inboundUrl(StoredChannel c) {
        return urls.of(cipher.decrypt(c.tokenSealed()));
    }

    Channel view(StoredChannel c) {
        return new Channel(c.id(), c.kind(), c.name(), c.status(), c.statusReason(), inboundUrl(c).toString(), c.settings(),
                Times.instant(c.lastInboundAt()), Times.instant(c.lastOutboundAt()), c.lastError(), Times.instant(c.createdAt()));
    }
}
