package org.offerbridge.quotation.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteChange;
import org.offerbridge.quotation.api.QuoteSettings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The bodies bind as the gateway's strict mapper binds them; its problem names the path Jackson reports. */
class QuoteBodiesTest {
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append(r.getFieldName() != null ? (sb.length() == 0 ? "" : ".") + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        return sb.toString();
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheirPath() {
        assertEquals("lines[0].qty", path(assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"lines\":[{\"sku\":\"A\",\"qty\":1}]}", QuoteBodies.Create.class))));
        assertEquals("lines[0].quantity", path(assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"lines\":[{\"sku\":\"A\",\"quantity\":\"many\"}]}", QuoteBodies.Create.class))));
        assertEquals("customer.mail", path(assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"customer\":{\"mail\":\"x\"}}", QuoteBodies.Create.class))));
        assertEquals("recipients[1].mail", path(assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"recipients\":[{\"name\":\"A\"},{\"mail\":\"b\"}]}", QuoteBodies.Send.class))));
    }

    @Test
    void quantitiesComeAsNumbersOrDecimalStrings() throws Exception {
        QuoteBodies.Create c = mapper.readValue("{\"customer\":{\"name\":\"X\"},\"lines\":[{\"sku\":\"A\",\"quantity\":2.5},"
                + "{\"sku\":\"B\",\"quantity\":\"12\"}],\"validUntil\":\"2026-12-31\"}", QuoteBodies.Create.class);
        assertEquals(new BigDecimal("2.5"), c.draft().lines().get(0).quantity());
        assertEquals(new BigDecimal("12"), c.draft().lines().get(1).quantity());
        assertEquals(LocalDate.of(2026, 12, 31), c.draft().validUntil());
        ProblemException e = assertThrows(ProblemException.class,
                () -> mapper.readValue("{\"lines\":[],\"validUntil\":\"31.12.2026\"}", QuoteBodies.Create.class).draft());
        assertEquals("validUntil", e.field());
        assertEquals("lines", assertThrows(ProblemException.class,
                () -> mapper.readValue("{\"customer\":{\"name\":\"X\"}}", QuoteBodies.Create.class).draft()).field());
    }

    @Test
    void aChangeLeavesOutWhatItDoesNotName() throws Exception {
        QuoteChange c = mapper.readValue("{\"pricesIncludeTax\":true}", QuoteBodies.Change.class).change();
        assertEquals(new QuoteChange(null, null, true, null), c);
    }

    @Test
    void settingsKeepWhatIsLeftOutAndANullThresholdRemovesIt() throws Exception {
        QuoteSettings now = new QuoteSettings("Q-{seq}", 30, new BigDecimal("10"), false, new BigDecimal("18"));
        assertEquals(new QuoteSettings("Q-{seq}", 14, new BigDecimal("10"), false, new BigDecimal("18")),
                mapper.readValue("{\"validityDays\":14}", QuoteBodies.Settings.class).applyTo(now));
        QuoteSettings cleared = mapper.readValue("{\"approvalDiscountPercent\":null,\"validityDays\":null}", QuoteBodies.Settings.class)
                .applyTo(now);
        assertNull(cleared.approvalDiscountPercent());
        assertEquals(30, cleared.validityDays());
    }
}
