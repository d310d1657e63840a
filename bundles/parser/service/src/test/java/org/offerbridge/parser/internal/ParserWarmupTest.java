package org.offerbridge.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.engine.CatalogIndex;
import org.offerbridge.parser.engine.RequestParser;

class ParserWarmupTest {

    @Test
    void everyWarmUpMessageParsesAgainstTheMadeUpCatalog() {
        assertEquals(ParserWarmup.ROUNDS * ParserWarmup.MESSAGES.size(), ParserWarmup.warm());
        CatalogIndex index = CatalogIndex.build(ParserWarmup.CATALOG);
        // the warm-up exercises matching, not only tokenising: its first message finds the bolt
        assertFalse(new RequestParser().parse(ParserWarmup.MESSAGES.get(0), index).lines().isEmpty());
    }
}
