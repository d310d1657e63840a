package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.InboundBatch.InboundItem;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundFile;

/** The products a sender chose: kept with the message as JSON and read back for the intake, options in their order. */
class InboundItemsTest {

    @Test
    void itemsSurviveTheColumnWithTheirOptionsInOrder() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("Size", "XL");
        options.put("Colour", "Red");
        List<InboundItem> items = List.of(new InboundItem("DOOR-1", new BigDecimal("2.5"), options), new InboundItem("HB-M8-40", BigDecimal.TEN, null));
        List<InboundItem> read = Json.items(Json.write(items));
        assertEquals(items, read);
        assertEquals(List.of("Size", "Colour"), List.copyOf(read.get(0).options().keySet()));
        assertEquals(Map.of(), read.get(1).options());
    }

    @Test
    void anEmptyOrUnreadableColumnHasNoItems() {
        assertEquals(List.of(), Json.items(null));
        assertEquals(List.of(), Json.items(""));
        assertEquals(List.of(), Json.items("{not json"));
    }

    @Test
    void kindsOfEarlierVersionsSendNoItemsAndTheCopiesKeepThem() {
        InboundMessage old = new InboundMessage("p1", "t", null, "text", List.of(), Instant.EPOCH, false, List.of(), null, List.of(), null);
        assertEquals(List.of(), old.items());
        List<InboundItem> items = List.of(new InboundItem("HB-M8-40", BigDecimal.ONE, Map.of()));
        InboundMessage chosen = old.withItems(items);
        assertEquals(items, chosen.withNewText("").items());
        assertEquals(items, chosen.withFiles(List.of(InboundFile.inline("a.txt", "text/plain", new byte[] {1}))).items());
    }
}
