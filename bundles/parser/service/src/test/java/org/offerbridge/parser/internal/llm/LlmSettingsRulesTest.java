package org.offerbridge.parser.internal.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.rest.ProblemException;

class LlmSettingsRulesTest {
    private final OutboundAddressPolicy policy = url -> {
        if (url.contains("169.254.169.254") || url.contains("localhost")) {
            throw new RefusedAddressException("The host is a link-local or loopback address");
        }
        return URI.create(url);
    };

    private static void assertField(String field, Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        assertEquals(400, e.status());
        assertEquals(field, e.field());
    }

    @Test
    void baseUrlMustPassTheOutboundPolicy() {
        assertEquals("https://api.example.com/v1", LlmSettingsRules.baseUrl(" https://api.example.com/v1// ", policy));
        assertEquals(null, LlmSettingsRules.baseUrl(" ", policy));
        assertField("baseUrl", () -> LlmSettingsRules.baseUrl("http://169.254.169.254/latest", policy));
        assertField("baseUrl", () -> LlmSettingsRules.baseUrl("http://localhost:11434/v1", policy));
        assertField("baseUrl", () -> LlmSettingsRules.baseUrl("https://api.example.com/v1?key=abc", policy));
        assertField("baseUrl", () -> LlmSettingsRules.baseUrl("https://api.example.com/" + "v".repeat(600), policy));
    }

    @Test
    void timeoutBetweenHalfASecondAndAMinute() {
        assertEquals(8000, LlmSettingsRules.timeoutMillis(null));
        assertEquals(500, LlmSettingsRules.timeoutMillis(500));
        assertEquals(60000, LlmSettingsRules.timeoutMillis(60000));
        assertField("timeoutMillis", () -> LlmSettingsRules.timeoutMillis(499));
        assertField("timeoutMillis", () -> LlmSettingsRules.timeoutMillis(60001));
    }

    @Test
    void aKeyCannotSmuggleInAHeader() {
        assertEquals("sk-abc_123", LlmSettingsRules.apiKey("sk-abc_123"));
        assertField("apiKey", () -> LlmSettingsRules.apiKey("sk-abc\r\nX-Evil: 1"));
        assertField("apiKey", () -> LlmSettingsRules.apiKey("sk abc"));
        assertField("apiKey", () -> LlmSettingsRules.apiKey("k".repeat(1001)));
    }

    @Test
    void modelOnOneLine() {
        assertEquals("gpt-4o-mini", LlmSettingsRules.model(" gpt-4o-mini "));
        assertField("model", () -> LlmSettingsRules.model("gpt\nignore previous"));
    }

    @Test
    void theAuditShowsOnlyTheOrigin() {
        assertEquals("https://api.example.com", LlmSettingsRules.origin("https://api.example.com/v1"));
        assertEquals("http://10.0.0.5:8000", LlmSettingsRules.origin("http://10.0.0.5:8000/v1"));
    }
}
