package org.offerbridge.parser.engine;

import java.math.BigDecimal;

/** A requested item that is not in the catalog; {@code quantity} may be null. */
public record Unmatched(String text, BigDecimal quantity) {}
