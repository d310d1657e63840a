package org.offerbridge.platform.api.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class PatchTest {
    /** Configured as the gateway's mapper is: strict about unknown fields. */
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Changes(Patch<String> website, Patch<List<String>> emails, Patch<BigDecimal> rate) {
    }

    static final class Bean {
        public Patch<String> website;
    }

    @Test
    void absentNullAndValueAreThreeDifferentThings() throws Exception {
        Changes c = mapper.readValue("{\"website\":null,\"emails\":[\"a@b.example\"]}", Changes.class);
        assertTrue(c.website().present());
        assertTrue(c.website().cleared());
        assertEquals(List.of("a@b.example"), c.emails().value());
        assertFalse(c.rate().present());
        assertFalse(c.rate().cleared());
        assertNull(c.rate().value());
    }

    @Test
    void elementTypesAreBoundAsDeclared() throws Exception {
        Changes c = mapper.readValue("{\"rate\":4.50}", Changes.class);
        assertEquals(new BigDecimal("4.50"), c.rate().value());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"emails\":\"not a list\"}", Changes.class));
    }

    @Test
    void worksOnFieldsOfBeansToo() throws Exception {
        assertTrue(mapper.readValue("{\"website\":null}", Bean.class).website.cleared());
        assertEquals("x", mapper.readValue("{\"website\":\"x\"}", Bean.class).website.value());
    }

    @Test
    void mapKeepsAbsentAbsentAndOrElseKeepsTheCurrentValue() {
        assertFalse(Patch.<String>absent().map(String::length).present());
        assertEquals(3, Patch.of("abc").map(String::length).value());
        assertEquals("old", Patch.<String>absent().orElse("old"));
        assertNull(Patch.<String>clear().orElse("old"));
        assertFalse(Patch.isPresent(null));
    }
}
