package org.offerbridge.quotation.api;

import java.time.LocalDate;
import java.util.List;

/** A change of a draft; null fields stay as they are. {@code lines} replaces all lines (priced again). */
public record QuoteChange(List<QuoteDraft.LineInput> lines, LocalDate validUntil, Boolean pricesIncludeTax, String locale) {
}
