package org.offerbridge.customers.internal;

import java.util.List;
import java.util.Optional;

import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The customer cards of the bound tenant, for other capabilities (intake matching, the UI). */
@Component(service = CustomerDirectory.class)
public class CustomerDirectoryImpl implements CustomerDirectory {
    private final CustomerStore store;

    @Activate
    public CustomerDirectoryImpl(@Reference CustomerStore store) {
        this.store = store;
    }

    @Override
    public Optional<Customer> get(String id) {
        return id == null || id.isBlank() ? Optional.empty() : store.find(id);
    }

    @Override
    public List<Customer> search(String q, int limit) {
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw ProblemException.invalid("limit", "limit must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        return store.search(SearchTerms.of(q), null, null, limit);
    }

    @Override
    public Customer findOrCreateByContact(String name, String email, String phone) {
        String e = blank(email) ? null : CustomerInputs.email("email", email);
        String p = blank(phone) ? null : CustomerInputs.phone("phone", phone);
        if (e == null && p == null) {
            throw ProblemException.invalid("email", "email or phone is required to find a customer");
        }
        // Email first: it names one person, while a phone may be a shared office line.
        Optional<Customer> found = e == null ? Optional.empty() : store.findByEmail(e);
        if (found.isEmpty() && p != null) {
            found = store.findByPhoneDigits(CustomerInputs.digits(p));
        }
        return found.orElseGet(() -> {
            String n = CustomerInputs.text("name", name, CustomerInputs.MAX_NAME);
            String cardName = n != null ? n : e != null ? e : p;
            return store.create(new CustomerDraft(cardName, null, null, e == null ? List.of() : List.of(e),
                    p == null ? List.of() : List.of(p), List.of(), null));
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
