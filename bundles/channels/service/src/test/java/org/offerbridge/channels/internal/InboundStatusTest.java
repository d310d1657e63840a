package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.InboundBatch.StatusUpdate;

/** Provider status updates arrive late, twice and out of order: they only ever move a message forward. */
class InboundStatusTest {

    private static String after(String current, String... updates) {
        MessageEntity m = new MessageEntity();
        m.status = current;
        for (String u : updates) {
            InboundStore.applyStatus(m, new StatusUpdate("wamid.1", u, "failed".equals(u) ? "blocked" : null, Instant.EPOCH));
        }
        return m.status;
    }

    @Test
    void aLateDeliveredNeverOverwritesRead() {
        assertEquals("read", after("sent", "read", "delivered"));
        assertEquals("read", after("sent", "delivered", "read", "sent"));
        assertEquals("delivered", after("queued", "delivered", "delivered"));
    }

    @Test
    void failedOnlyBeforeDeliveryAndNothingRevivesIt() {
        assertEquals("failed", after("sent", "failed"));
        assertEquals("read", after("read", "failed"));
        assertEquals("failed", after("sent", "failed", "delivered"));
        assertEquals("sent", after("sent", "played"));
    }
}
