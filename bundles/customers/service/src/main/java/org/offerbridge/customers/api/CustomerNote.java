package org.offerbridge.customers.api;

import java.time.Instant;

/**
 * A note on a customer card.
 *
 * @param author the actor label of who wrote it: {@code user:ID} (a staff user, see {@code StaffDirectory}) or
 *               {@code apikey:ID}
 */
public record CustomerNote(String id, String customerId, String text, String author, Instant createdAt) {
}
