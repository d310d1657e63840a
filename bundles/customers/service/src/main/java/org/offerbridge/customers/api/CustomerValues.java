package org.offerbridge.customers.api;

import java.util.List;

import org.offerbridge.customers.api.Customer.Handle;

/**
 * The values of a card for {@link CustomerDirectory#create} and {@link CustomerDirectory#update}, as a caller
 * gives them (the directory validates and normalises). For a create every field but {@code name} is optional.
 * For an update a null field stays as it is, {@code ""} clears {@code company}, {@code contactPerson} or
 * {@code ownerId} or {@code language}, and a list replaces the whole list — the rules of PATCH /customers/{id}, which
 * passes an explicit JSON null as {@code ""} or an empty list.
 *
 * @param ownerId  the id of an active staff member of the workspace ({@code StaffDirectory}), or null/blank
 * @param language a BCP 47 language tag such as {@code fr} or {@code en-IN} @since 1.2
 */
public record CustomerValues(String name, String company, String contactPerson, List<String> emails, List<String> phones,
        List<Handle> handles, String ownerId, String language) {

    /** Values that leave the language as it is (the 1.1 shape). */
    public CustomerValues(String name, String company, String contactPerson, List<String> emails, List<String> phones,
            List<Handle> handles, String ownerId) {
        this(name, company, contactPerson, emails, phones, handles, ownerId, null);
    }
}
