package org.offerbridge.quotation.api;

/** The customer as the quote recorded them (a snapshot: later edits of the card do not change a sent quote). */
public record QuoteCustomer(String id, String name, String email, String phone) {
}
