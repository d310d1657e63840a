package org.offerbridge.rfqform.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.offerbridge.quotation.mail.api.Sender;
import org.offerbridge.rfqform.internal.Texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

class SellerMailTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINK = "https://offers.example.com/ui/#!requests";

    private static Rfq rfq(List<Rfq.FileInfo> files) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("Colour", "Red");
        options.put("Handle", "Left");
        return new Rfq("RFQ-AB23-CD45", Instant.parse("2026-12-07T10:15:30Z"), "fr",
                new Rfq.Contact("Élodie Martin", "elodie@example.fr", "+33 1 23 45 67 89", "Menuiserie Martin"),
                List.of(new Rfq.Item("DOOR-1", "Oak door", new BigDecimal("2.000"), "pcs", options),
                        new Rfq.Item("HB-M8-40", "M8 hex bolt 40mm", new BigDecimal("150"), null, Map.of())),
                "Livraison avant mars, s’il vous plaît.", files);
    }

    @Test
    void summaryInEnglishListsContactLinesOptionsMessageFilesAndTheLink() {
        SellerMail.Notice n = new SellerMail.Notice(rfq(List.of(new Rfq.FileInfo("plan.pdf", "application/pdf", 2048))), LINK,
                List.of(new SellerMail.Attachment("plan.pdf", "application/pdf", new byte[2048])), List.of("sales@example.com"));
        String body = SellerMail.body(Texts.of(Locale.ENGLISH), n);
        assertTrue(body.contains("Reference: RFQ-AB23-CD45"), body);
        assertTrue(body.contains("Received: 2026-12-07 10:15 UTC"), body);
        assertTrue(body.contains("Name: Élodie Martin"), body);
        assertTrue(body.contains("Company: Menuiserie Martin"), body);
        assertTrue(body.contains("- 2 pcs × Oak door (DOOR-1)\n    Colour: Red\n    Handle: Left\n"), body);
        assertTrue(body.contains("- 150 × M8 hex bolt 40mm (HB-M8-40)\n"), body);
        assertTrue(body.contains("Message:\nLivraison avant mars, s’il vous plaît."), body);
        assertTrue(body.contains("Files (attached):\n- plan.pdf (2.0 KB)"), body);
        assertTrue(body.contains(LINK), body);
        assertTrue(body.contains("rfq-RFQ-AB23-CD45.json"), body);
    }

    @Test
    void summaryInHindiAndRussianUsesTheirTextsAndLinksLargeFiles() {
        SellerMail.Notice n = new SellerMail.Notice(rfq(List.of(new Rfq.FileInfo("model.step", null, 9 * 1024 * 1024))), LINK, List.of(),
                List.of("sales@example.com"));
        String hi = SellerMail.body(Texts.of(Locale.forLanguageTag("hi")), n);
        assertTrue(hi.contains("संदर्भ: RFQ-AB23-CD45"), hi);
        assertTrue(hi.contains("उत्पाद:"), hi);
        assertTrue(hi.contains("फ़ाइलें (संलग्न करने के लिए बहुत बड़ी"), hi);
        assertTrue(hi.contains("model.step (9.0 MB)"), hi);
        String ru = SellerMail.body(Texts.of(Locale.forLanguageTag("ru")), n);
        assertTrue(ru.contains("Номер: RFQ-AB23-CD45"), ru);
        assertTrue(ru.contains("Товары:"), ru);
        assertTrue(ru.contains("model.step (9,0 МБ)"), ru);
        assertFalse(ru.contains("Products:"), ru);
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeColons() {
        SellerMail.Notice n = new SellerMail.Notice(rfq(List.of()), LINK, List.of(), List.of("a@example.com"));
        String fr = SellerMail.body(Texts.of(Locale.FRENCH), n);
        assertTrue(fr.contains("Référence\u00a0: RFQ-AB23-CD45"), fr);
        assertTrue(fr.contains("Colour\u00a0: Red"), fr);
        assertFalse(fr.contains(" :"), fr);
    }

    @Test
    void jsonFollowsTheShippedSchemaAndCarriesTheSubmission() throws Exception {
        SellerMail.Notice n = new SellerMail.Notice(rfq(List.of(new Rfq.FileInfo("plan.pdf", "application/pdf", 2048))), LINK,
                List.of(new SellerMail.Attachment("plan.pdf", "application/pdf", new byte[2048])), List.of("a@example.com"));
        JsonNode doc = JSON.readTree(n.json());
        assertEquals(List.of(), SchemaCheck.problems(schema(), doc));
        assertEquals("offerbridge.rfq/1", doc.get("schema").asText());
        assertEquals("RFQ-AB23-CD45", doc.get("reference").asText());
        assertEquals("2026-12-07T10:15:30Z", doc.get("receivedAt").asText());
        assertEquals("Menuiserie Martin", doc.at("/contact/company").asText());
        assertEquals(0, new BigDecimal("2").compareTo(doc.at("/items/0/quantity").decimalValue()));
        assertEquals("Red", doc.at("/items/0/options/Colour").asText());
        assertTrue(doc.at("/items/1/unit").isNull());
        assertEquals(2048, doc.at("/files/0/size").asLong());
        assertFalse(doc.at("/files/0").has("url"), "an attached file has no link");
        assertEquals(LINK, doc.at("/links/request").asText());
    }

    @Test
    void largeFilesAreLinkedToTheAuthenticatedRequestNotAttached() throws Exception {
        SellerMail.Notice n = new SellerMail.Notice(rfq(List.of(new Rfq.FileInfo("model.step", "application/octet-stream", 9_000_000))),
                LINK, List.of(), List.of("a@example.com"));
        JsonNode doc = JSON.readTree(n.json());
        assertEquals(List.of(), SchemaCheck.problems(schema(), doc));
        assertEquals(LINK, doc.at("/files/0/url").asText());
    }

    @Test
    void theCheckRefusesADocumentThatBreaksTheSchema() throws Exception {
        JsonNode doc = JSON.readTree(new SellerMail.Notice(rfq(List.of()), LINK, List.of(), List.of("a@example.com")).json());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).remove("receivedAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/items/0")).put("quantity", "two");
        assertEquals(2, SchemaCheck.problems(schema(), doc).size());
    }

    @Test
    void theMailHasTheSummaryTheJsonAndTheSmallFiles() throws Exception {
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        SellerMail.Notice n = new SellerMail.Notice(rfq(List.of(new Rfq.FileInfo("чертёж двери.pdf", "application/pdf", pdf.length))), LINK,
                List.of(new SellerMail.Attachment("чертёж двери.pdf", "application/pdf", pdf)), List.of("a@example.com", "b@example.com"));
        MimeMessage m = SellerMail.compose(Session.getInstance(new Properties()), new Sender("shop@example.com", "Shop", null),
                Texts.of(Locale.GERMAN), n);
        m.saveChanges();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.writeTo(raw);
        MimeMessage back = new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(raw.toByteArray()));
        assertEquals("Angebotsanfrage RFQ-AB23-CD45 von Menuiserie Martin", back.getSubject());
        assertEquals(2, back.getAllRecipients().length);
        assertEquals("elodie@example.fr", back.getReplyTo()[0].toString());
        MimeMultipart mp = (MimeMultipart) back.getContent();
        assertEquals(3, mp.getCount());
        assertTrue(((String) mp.getBodyPart(0).getContent()).contains("Referenz: RFQ-AB23-CD45"));
        Part json = mp.getBodyPart(1);
        assertEquals("rfq-RFQ-AB23-CD45.json", json.getFileName());
        assertTrue(json.isMimeType("application/json"));
        assertEquals("RFQ-AB23-CD45", JSON.readTree(json.getInputStream()).get("reference").asText());
        assertEquals("чертёж двери.pdf", mp.getBodyPart(2).getFileName());
        assertEquals("%PDF-1.4 test", new String(mp.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
    }

    static JsonNode schema() throws Exception {
        try (InputStream in = SellerMail.class.getResourceAsStream(RfqJson.SCHEMA_RESOURCE)) {
            return JSON.readTree(in);
        }
    }
}
