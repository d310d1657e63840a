package org.offerbridge.customers.internal;

import java.util.List;
import java.util.Optional;

import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.customers.api.CustomerNote;
import org.offerbridge.customers.api.CustomerValues;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The customer cards of the bound tenant, for other capabilities (intake matching, the UI) and for this bundle's
 * REST resources, so every caller gets the same validation, owner check and role rule.
 */
@Component(service = CustomerDirectory.class)
public class CustomerDirectoryImpl implements CustomerDirectory {
    /** The largest page a lazy grid may ask for at once. */
    static final int MAX_PAGE = 1000;
    private final CustomerStore store;
    private final StaffDirectory staff;
    private final RequestContext context;

    @Activate
    public CustomerDirectoryImpl(@Reference CustomerStore store, @Reference StaffDirectory staff, @Reference RequestContext context) {
        this.store = store;
        this.staff = staff;
        this.context = context;
    }

    @Override
    public Optional<Customer> get(String id) {
        return blank(id) ? Optional.empty() : store.find(id);
    }

    @Override
    public List<Customer> search(String q, int limit) {
        checkLimit(limit, PageRequest.MAX_LIMIT);
        return store.search(SearchTerms.of(q), null, null, limit);
    }

    @Override
    public List<Customer> page(String q, int offset, int limit) {
        if (offset < 0) {
            throw FieldRules.invalid("offset", "offset must be 0 or more", "field.range", "offset", 0, Integer.MAX_VALUE);
        }
        checkLimit(limit, MAX_PAGE);
        return store.page(SearchTerms.of(q), offset, limit);
    }

    @Override
    public long count(String q) {
        return store.count(SearchTerms.of(q));
    }

    @Override
    public Customer findOrCreateByContact(String name, String email, String phone) {
        String e = FieldRules.optionalEmail("email", email);
        String p = FieldRules.optionalPhone("phone", phone);
        if (e == null && p == null) {
            throw FieldRules.invalid("email", "email or phone is required to find a customer", "field.required", "email");
        }
        // Email first: it names one person, while a phone may be a shared office line.
        Optional<Customer> found = e == null ? Optional.empty() : store.findByEmail(e);
        if (found.isEmpty() && p != null) {
            found = store.findByPhoneDigits(CustomerRules.digits(p));
        }
        return found.orElseGet(() -> {
            String n = FieldRules.name("name", name, CustomerRules.MAX_NAME);
            String cardName = n != null ? n : e != null ? e : p;
            return store.create(new CustomerDraft(cardName, null, null, e == null ? List.of() : List.of(e),
                    p == null ? List.of() : List.of(p), List.of(), null, null));
        });
    }

    @Override
    public Customer create(CustomerValues values) {
        requireWriter();
        return store.create(CustomerRules.newCard(values, this::activeOwner));
    }

    @Override
    public Optional<Customer> update(String id, CustomerValues changes) {
        requireWriter();
        CustomerRules.Changes valid = CustomerRules.changes(changes, this::activeOwner);
        if (blank(id)) {
            return Optional.empty();
        }
        return store.find(id).flatMap(c -> store.replace(id, valid.applyTo(c)));
    }

    @Override
    public boolean delete(String id) {
        requireWriter();
        return !blank(id) && store.delete(id);
    }

    @Override
    public Optional<List<CustomerNote>> notes(String customerId, String beforeId, int limit) {
        checkLimit(limit, PageRequest.MAX_LIMIT);
        return blank(customerId) ? Optional.empty() : store.notes(customerId, blank(beforeId) ? null : beforeId, limit);
    }

    @Override
    public Optional<CustomerNote> addNote(String customerId, String text) {
        TenantPrincipal p = requireWriter();
        String note = CustomerRules.note("text", text);
        return blank(customerId) ? Optional.empty() : store.addNote(customerId, note, p.actor());
    }

    /** Changes need sales or above, whoever calls: the same rule as {@code @RolesAllowed} on the REST methods. */
    private TenantPrincipal requireWriter() {
        return context.require().requireRole(Role.SALES);
    }

    /** The owner must be an active staff member of the caller's workspace. */
    private String activeOwner(String id) {
        boolean active = id.length() <= 36 && staff.find(id).map(StaffDirectory.StaffMember::active).orElse(false);
        if (!active) {
            throw FieldRules.invalid("ownerId", "ownerId is not an active staff member of this workspace", "customers.owner", "ownerId");
        }
        return id;
    }

    private static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw FieldRules.invalid("limit", "limit must be between 1 and " + max, "field.range", "limit", 1, max);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
