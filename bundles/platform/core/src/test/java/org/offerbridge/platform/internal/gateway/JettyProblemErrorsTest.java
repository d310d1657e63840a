package org.offerbridge.platform.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class JettyProblemErrorsTest {

    @Test
    void aMessageJettyRefusesIsAProblemWithARequestId() throws Exception {
        HttpFields fields = new HttpFields();
        ByteBuffer content = new JettyProblemErrors.ProblemErrorHandler().badMessageError(431, "Request Header Fields Too Large", fields);
        byte[] bytes = new byte[content.remaining()];
        content.get(bytes);
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("application/problem+json", fields.get("Content-Type"));
        JsonNode p = ApiJson.MAPPER.readTree(body);
        assertEquals(431, p.get("status").asInt());
        assertEquals("https://offerbridge.org/problems/http-431", p.get("type").asText());
        assertEquals("The request headers are too large", p.get("detail").asText());
        assertEquals(p.get("requestId").asText(), fields.get("X-Request-Id"));
        assertFalse(body.contains("<"), "no HTML");
    }

    @Test
    void everyStatusHasATitle() {
        assertEquals("URI Too Long", JettyProblemErrors.reason(414));
        assertTrue(JettyProblemErrors.reason(499).contains("499"));
    }
}
