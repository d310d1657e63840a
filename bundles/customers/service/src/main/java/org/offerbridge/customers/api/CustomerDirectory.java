package org.offerbridge.customers.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer cards of the tenant bound in {@code RequestContext}. Every method fails closed when no tenant
 * is bound; another tenant's customers are never seen. Invalid input throws a 400
 * {@code ProblemException} whose {@code field()} names the field at fault ({@code name}, {@code emails[1]},
 * {@code handles[0].channel}, {@code ownerId}, {@code text}, ...) — the same checks and messages as the REST API.
 * Changes ({@link #create}, {@link #update}, {@link #delete}, {@link #addNote}) need the sales role or above
 * and otherwise throw a 403 {@code ProblemException}.
 */
@ProviderType
public interface CustomerDirectory {

    /** The card with this id; empty for unknown ids and other tenants' cards. */
    Optional<Customer> get(String id);

    /**
     * Cards whose name, company, contact person, email or messenger handle contains {@code q}
     * (case-insensitively), or whose phone contains the digits of {@code q} when it looks like a phone number.
     * A null or blank {@code q} lists all cards. Ordered by name, at most {@code limit} (1 to 200).
     */
    List<Customer> search(String q, int limit);

    /**
     * The same matches as {@link #search} by position, for screens that page with an offset (a lazy grid):
     * ordered by name then id, skipping {@code offset} (0 or more), at most {@code limit} (1 to 1000).
     *
     * @since 1.1
     */
    List<Customer> page(String q, int offset, int limit);

    /** How many cards {@link #page} would list for {@code q} in all. @since 1.1 */
    long count(String q);

    /**
     * The card that has this email (exactly, case-insensitively) or else this phone number (same digits, or
     * the same last ten digits); when none has either, a new card with the given contact. At least one of
     * {@code email} and {@code phone} is required; {@code name} may be null (the email or phone names the card).
     */
    Customer findOrCreateByContact(String name, String email, String phone);

    /** Creates a card; {@code name} is required. @since 1.1 */
    Customer create(CustomerValues values);

    /**
     * Changes a card (null fields stay, see {@link CustomerValues}); empty when the bound tenant has no such card.
     * The input is validated before the card is looked up. @since 1.1
     */
    Optional<Customer> update(String id, CustomerValues changes);

    /** Deletes the card with its contacts and notes; false when the bound tenant has no such card. @since 1.1 */
    boolean delete(String id);

    /**
     * Notes of a card, newest first, older than the note {@code beforeId} when given, at most {@code limit}
     * (1 to 200); empty when the bound tenant has no such card. @since 1.1
     */
    Optional<List<CustomerNote>> notes(String customerId, String beforeId, int limit);

    /**
     * Adds a note (trimmed, at most 4000 characters) written by the bound caller; empty when the bound tenant has
     * no such card. @since 1.1
     */
    Optional<CustomerNote> addNote(String customerId, String text);
}
