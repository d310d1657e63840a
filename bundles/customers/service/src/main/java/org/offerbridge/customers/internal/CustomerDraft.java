package org.offerbridge.customers.internal;

import java.util.List;

import org.offerbridge.customers.api.Customer.Handle;

/** A validated, normalised card to store (created or replacing the current one). */
record CustomerDraft(String name, String company, String contactPerson, List<String> emails, List<String> phones,
        List<Handle> handles, String ownerId, String language) {

    CustomerDraft {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        handles = List.copyOf(handles);
    }
}
