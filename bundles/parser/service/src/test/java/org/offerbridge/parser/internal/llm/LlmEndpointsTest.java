package org.offerbridge.parser.internal.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.secrets.SecretCipher;

class LlmEndpointsTest {
    /** Reversible and visibly not the plain key; "bad" values fail as a foreign node's would. */
    private final SecretCipher cipher = new SecretCipher() {
        @Override
        public String encrypt(String plaintext) {
            return "enc:" + new StringBuilder(plaintext).reverse();
        }

        @Override
        public String decrypt(String ciphertext) {
            if (!ciphertext.startsWith("enc:")) {
                throw new IllegalStateException("foreign");
            }
            return new StringBuilder(ciphertext.substring(4)).reverse().toString();
        }
    };

    static LlmConfig global(boolean enabled, String baseUrl, String model, String key) {
        return new LlmConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return LlmConfig.class;
            }

            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public String baseUrl() {
                return baseUrl;
            }

            @Override
            public String model() {
                return model;
            }

            @Override
            public String apiKey() {
                return key;
            }

            @Override
            public int timeoutMillis() {
                return 8000;
            }

            @Override
            public int maxCandidates() {
                return 150;
            }
        };
    }

    private static Optional<LlmSettingsStore.Stored> tenant(boolean enabled, String sealedKey) {
        return Optional.of(new LlmSettingsStore.Stored(enabled, "https://tenant.example.com/v1", "tenant-model", sealedKey, 3000, 1));
    }

    @Test
    void offByDefault() throws Exception {
        assertTrue(LlmEndpoints.resolve(Optional.empty(), global(false, "", "", ""), cipher).isEmpty());
        // switched on but incomplete counts as off
        assertTrue(LlmEndpoints.resolve(Optional.empty(), global(true, "https://api.example.com/v1", "", "k"), cipher).isEmpty());
    }

    @Test
    void theGlobalSettingServesTenantsWithoutTheirOwn() throws Exception {
        LlmEndpoint e = LlmEndpoints.resolve(Optional.empty(), global(true, " https://api.example.com/v1 ", "gpt-4o-mini", ""), cipher)
                .orElseThrow();
        assertEquals("https://api.example.com/v1", e.baseUrl());
        assertEquals(null, e.apiKey(), "an empty key means no Authorization header");
        assertEquals(8000, e.timeoutMillis());
    }

    @Test
    void aTenantsSettingOverridesTheGlobalOne() throws Exception {
        LlmEndpoint e = LlmEndpoints.resolve(tenant(true, cipher.encrypt("sk-tenant")), global(true, "https://api.example.com/v1",
                "gpt-4o-mini", "sk-global"), cipher).orElseThrow();
        assertEquals("https://tenant.example.com/v1", e.baseUrl());
        assertEquals("tenant-model", e.model());
        assertEquals("sk-tenant", e.apiKey());
        assertEquals(3000, e.timeoutMillis());
        assertEquals(150, e.maxCandidates());
        assertFalse(e.toString().contains("sk-tenant"), e.toString());
    }

    @Test
    void aTenantCanSwitchTheGlobalProviderOff() throws Exception {
        assertTrue(LlmEndpoints.resolve(tenant(false, null), global(true, "https://api.example.com/v1", "gpt-4o-mini", "k"), cipher)
                .isEmpty());
    }

    @Test
    void aKeyThisNodeCannotDecryptIsAFailureNotALeak() {
        LlmFailure f = assertThrows(LlmFailure.class, () -> LlmEndpoints.resolve(tenant(true, "v1:other-node"),
                global(false, "", "", ""), cipher));
        assertTrue(f.getMessage().contains("set it again"));
    }
}
