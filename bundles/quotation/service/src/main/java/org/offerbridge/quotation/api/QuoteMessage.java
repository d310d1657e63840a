package org.offerbridge.quotation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a channel needs to carry a sent quote of tenant {@code tenantId}: who it is for, the customer's link and the
 * PDF (null when no PDF writer is installed). {@code note} is the sender's optional personal message;
 * {@code deliveryId} is stable across retries, so a channel can use it to let the receiving side drop duplicates
 * (e.g. in the Message-ID).
 */
public record QuoteMessage(String tenantId, String deliveryId, String quoteId, String quoteNumber, int revision, String sellerName,
        String recipientName, String address, Locale locale, LocalDate validUntil, BigDecimal total, String currency,
        String publicUrl, String note, byte[] pdf, String pdfFileName) {
}
