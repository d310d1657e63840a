package org.offerbridge.customers.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer cards of the tenant bound in {@code RequestContext}. Every method fails closed when no tenant
 * is bound; another tenant's customers are never seen. Invalid input throws a 400
 * {@code ProblemException} naming the field.
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
     * The card that has this email (exactly, case-insensitively) or else this phone number (same digits, or
     * the same last ten digits); when none has either, a new card with the given contact. At least one of
     * {@code email} and {@code phone} is required; {@code name} may be null (the email or phone names the card).
     */
    Customer findOrCreateByContact(String name, String email, String phone);
}
