package org.offerbridge.quotation.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.Totals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A quote's JSON: quantities are plain JSON numbers, money and rates decimal strings. */
class QuoteViewsJsonTest {
    /** Writes as the gateway's mapper does: decimals plainly. */
    private final ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private static QuoteLine line(int position, String quantity) {
        return new QuoteLine(position, "p-" + position, "SKU-" + position, "Bolt", "pcs", new BigDecimal(quantity), new BigDecimal("4.50"),
                new BigDecimal("5"), new BigDecimal("18"), new BigDecimal("51.30"));
    }

    @Test
    void quantitiesAreNumbersAndMoneyIsStrings() throws Exception {
        Totals totals = new Totals(new BigDecimal("102.60"), new BigDecimal("5.40"),
                List.of(new Totals.TaxAmount(new BigDecimal("18"), new BigDecimal("102.60"), new BigDecimal("18.47"))), new BigDecimal("18.47"),
                new BigDecimal("121.07"));
        Quote q = new Quote("q-1", "Q-2026-00001", "Q-2026-00001", 1, QuoteStatus.DRAFT, new QuoteCustomer(null, "Acme", null, null), "EUR",
                false, LocalDate.of(2026, 12, 31), List.of(line(1, "12.0000"), line(2, "2.50"), line(3, "1E+3")), totals, false, null, null,
                null, null, null, null, null, Instant.EPOCH, Instant.EPOCH, null, null, null, null, null);

        JsonNode json = mapper.readTree(mapper.writeValueAsString(QuoteViews.view(q)));

        JsonNode lines = json.get("lines");
        for (JsonNode l : lines) {
            assertTrue(l.get("quantity").isNumber(), l.toString());
            for (String money : List.of("unitPrice", "lineTotal", "discountPercent", "taxRate")) {
                assertTrue(l.get(money).isTextual(), money + " in " + l);
            }
        }
        assertEquals("[12,2.5,1000]", mapper.writeValueAsString(lines.findValues("quantity")));
        assertTrue(json.toString().contains("\"quantity\":1000,"), "plain, never 1E+3: " + json);
        assertEquals("4.50", lines.get(0).get("unitPrice").asText());
        for (String money : List.of("net", "discount", "tax", "gross")) {
            assertTrue(json.get("totals").get(money).isTextual(), money);
        }
        assertEquals("121.07", json.get("totals").get("gross").asText());
        assertTrue(json.get("totals").get("taxes").get(0).get("amount").isTextual());
    }
}
