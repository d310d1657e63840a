package org.offerbridge.customers.api;

import java.time.Instant;
import java.util.List;

/**
 * A customer card as other capabilities see it.
 *
 * @param name          display name of the card (a company or a person); never null
 * @param company       company name, or null
 * @param contactPerson the person to talk to, or null
 * @param emails        lower-cased, in the order given
 * @param phones        as entered (for display); search normalises them to digits
 * @param handles       messenger handles, e.g. whatsapp/+91 98765 43210, telegram/@name
 * @param ownerId       the staff user responsible, or null
 * @param language      the language to write to the customer in (a BCP 47 tag such as fr or en-IN), or null
 *                      when unknown; quotes, their page and emails use it @since 1.2
 */
public record Customer(String id, String name, String company, String contactPerson, List<String> emails, List<String> phones,
        List<Handle> handles, String ownerId, String language, Instant createdAt, Instant updatedAt) {

    public Customer {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        handles = List.copyOf(handles);
    }

    /** A card without a known language (the 1.1 shape). */
    public Customer(String id, String name, String company, String contactPerson, List<String> emails, List<String> phones,
            List<Handle> handles, String ownerId, Instant createdAt, Instant updatedAt) {
        this(id, name, company, contactPerson, emails, phones, handles, ownerId, null, createdAt, updatedAt);
    }

    /** A messenger account: {@code channel} is a lower-case id such as whatsapp, telegram or instagram. */
    public record Handle(String channel, String handle) {
    }
}
