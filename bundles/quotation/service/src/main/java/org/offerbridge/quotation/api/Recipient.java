package org.offerbridge.quotation.api;

/** Who receives a link to the public page; {@code email} may be null. */
public record Recipient(String name, String email) {
}
