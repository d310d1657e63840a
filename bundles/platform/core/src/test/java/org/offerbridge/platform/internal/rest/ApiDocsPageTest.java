package org.offerbridge.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class ApiDocsPageTest {
    private final ObjectNode doc;

    ApiDocsPageTest() throws IOException {
        doc = OpenApiDocument.assemble(List.of(), (url, e) -> {
            throw new AssertionError(e);
        });
    }

    @Test
    void showsEveryOperationOfTheDocumentWithItsExamples() {
        String html = ApiDocsPage.render(doc);
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m ->
                assertTrue(html.contains("id=\"op-" + m.getValue().path("operationId").asText() + "\""), m.getKey() + " " + p.getKey())));
        assertTrue(html.contains("<code>/api/v1/tenants</code>"));
        assertTrue(html.contains("id=\"schema-RegisterRequest\""));
        assertTrue(html.contains("&quot;companyName&quot;"), "the register example, escaped");
    }

    @Test
    void loadsNothingFromElsewhereAndItsStyleMatchesTheCsp() throws Exception {
        String html = ApiDocsPage.render(doc);
        assertFalse(html.contains("<script"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external asset");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find());
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes("UTF-8"));
        assertTrue(ApiDocsPage.CSP.contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'"));
        assertTrue(ApiDocsPage.CSP.startsWith("default-src 'none'"));
    }

    @Test
    void escapesTextFromTheDocument() {
        doc.with("info").put("description", "<img src=x onerror=alert(1)> and `code`");
        String html = ApiDocsPage.render(doc);
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; and <code>code</code>"));
    }
}
