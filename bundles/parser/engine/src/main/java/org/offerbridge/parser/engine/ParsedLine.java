package org.offerbridge.parser.engine;

import java.math.BigDecimal;

/** A matched catalog line; {@code source} is the text fragment that produced it. */
public record ParsedLine(String sku, BigDecimal quantity, double confidence, String source) {}
