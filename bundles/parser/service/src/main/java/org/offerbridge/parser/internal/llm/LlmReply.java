package org.offerbridge.parser.internal.llm;

import java.math.BigDecimal;
import java.util.List;

/** The model's answer as read, before grounding: SKUs and quantities are still unchecked; quantities may be null. */
record LlmReply(String language, List<Line> lines, List<Item> unmatched) {
    record Line(String sku, BigDecimal quantity, String source) {
    }

    record Item(String text, BigDecimal quantity) {
    }
}
