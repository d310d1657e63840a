package org.offerbridge.customers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.Customer.Handle;
import org.offerbridge.customers.api.CustomerNote;
import org.offerbridge.customers.internal.CustomerContactEntity.Kind;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stores customer cards, their contacts and notes. Every statement is scoped to the bound tenant by
 * EclipseLink multitenancy; deletes go entity by entity, since bulk JPQL may skip the tenant (EclipseLink #1333).
 */
@Component(service = CustomerStore.class)
public class CustomerStore {
    private final TenantTransactions tx;

    @Activate
    public CustomerStore(@Reference(target = "(osgi.unit.name=offerbridge-customers)") JpaTemplate jpa,
            @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
    }

    public Customer create(CustomerDraft d) {
        return tx.call(em -> {
            CustomerEntity c = new CustomerEntity();
            c.id = UUID.randomUUID().toString();
            c.createdAt = System.currentTimeMillis();
            apply(c, d, c.createdAt);
            em.persist(c);
            return toCustomer(c, persistContacts(em, c.id, d));
        });
    }

    public Optional<Customer> find(String id) {
        return Optional.ofNullable(tx.call(em -> {
            CustomerEntity c = em.find(CustomerEntity.class, id);
            return c == null ? null : toCustomer(c, contactsOf(em, List.of(c.id)).getOrDefault(c.id, List.of()));
        }));
    }

    /** Replaces every field and contact of the card; empty when the bound tenant has no such card. */
    public Optional<Customer> replace(String id, CustomerDraft d) {
        return Optional.ofNullable(tx.call(em -> {
            CustomerEntity c = em.find(CustomerEntity.class, id);
            if (c == null) {
                return null;
            }
            apply(c, d, System.currentTimeMillis());
            contactsOf(em, List.of(id)).getOrDefault(id, List.of()).forEach(em::remove);
            em.flush(); // the old rows go before the new ones arrive
            return toCustomer(c, persistContacts(em, id, d));
        }));
    }

    /** Deletes the card with its contacts and notes; false when the bound tenant has no such card. */
    public boolean delete(String id) {
        return tx.call(em -> {
            CustomerEntity c = em.find(CustomerEntity.class, id);
            if (c == null) {
                return false;
            }
            contactsOf(em, List.of(id)).getOrDefault(id, List.of()).forEach(em::remove);
            em.createQuery("select n from CustomerNoteEntity n where n.customerId = :c", CustomerNoteEntity.class)
                    .setParameter("c", id).getResultList().forEach(em::remove);
            em.remove(c);
            return true;
        });
    }

    /**
     * Cards matching the terms, ordered by name then id, after the keyset position ({@code afterName},
     * {@code afterId}) when given.
     */
    public List<Customer> search(SearchTerms terms, String afterName, String afterId, int limit) {
        return tx.call(em -> withContacts(em, select(em, terms, afterName, afterId).setMaxResults(limit).getResultList()));
    }

    /** The same matches by position: ordered by name then id, skipping {@code offset}. */
    public List<Customer> page(SearchTerms terms, int offset, int limit) {
        return tx.call(em -> withContacts(em, select(em, terms, null, null).setFirstResult(offset).setMaxResults(limit).getResultList()));
    }

    /** How many cards match the terms. */
    public long count(SearchTerms terms) {
        return tx.call(em -> bind(em.createQuery("select count(c) from CustomerEntity c" + where(terms, null), Long.class),
                terms, null, null).getSingleResult());
    }

    private static TypedQuery<CustomerEntity> select(EntityManager em, SearchTerms terms, String afterName, String afterId) {
        String jpql = "select c from CustomerEntity c" + where(terms, afterId) + " order by c.nameKey, c.id";
        return bind(em.createQuery(jpql, CustomerEntity.class), terms, afterName, afterId);
    }

    /** JPQL is built for the parameters present (no ":p is null" on Derby). */
    private static String where(SearchTerms terms, String afterId) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (!terms.all()) {
            String like = " like :text escape '" + SearchTerms.ESCAPE + "'";
            jpql.append(" and (c.nameKey").append(like).append(" or c.companyKey").append(like).append(" or c.contactKey").append(like)
                    .append(" or exists (select k.id from CustomerContactEntity k where k.customerId = c.id and (k.searchKey").append(like);
            if (terms.digits() != null) {
                jpql.append(" or k.searchKey like :digits");
            }
            jpql.append(")))");
        }
        if (afterId != null) {
            jpql.append(" and (c.nameKey > :afterName or (c.nameKey = :afterName and c.id > :afterId))");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, SearchTerms terms, String afterName, String afterId) {
        if (!terms.all()) {
            q.setParameter("text", terms.text());
            if (terms.digits() != null) {
                q.setParameter("digits", terms.digits());
            }
        }
        if (afterId != null) {
            q.setParameter("afterName", afterName).setParameter("afterId", afterId);
        }
        return q;
    }

    /** The oldest card with this exact (lower-cased) email. */
    public Optional<Customer> findByEmail(String email) {
        return firstOwnerOf("select k from CustomerContactEntity k where k.kind = :kind and k.searchKey = :v",
                Map.of("kind", Kind.EMAIL.name(), "v", email));
    }

    /** The oldest card with a phone or phone-like handle of these digits, else one with the same last ten digits. */
    public Optional<Customer> findByPhoneDigits(String digits) {
        Optional<Customer> exact = firstOwnerOf("select k from CustomerContactEntity k where k.kind <> :kind and k.searchKey = :v",
                Map.of("kind", Kind.EMAIL.name(), "v", digits));
        if (exact.isPresent() || digits.length() < 10) {
            return exact;
        }
        return firstOwnerOf("select k from CustomerContactEntity k where k.kind <> :kind and k.searchKey like :v",
                Map.of("kind", Kind.EMAIL.name(), "v", "%" + CustomerRules.nationalDigits(digits)));
    }

    private Optional<Customer> firstOwnerOf(String contactJpql, Map<String, Object> params) {
        return Optional.ofNullable(tx.call(em -> {
            TypedQuery<CustomerContactEntity> q = em.createQuery(contactJpql, CustomerContactEntity.class);
            params.forEach(q::setParameter);
            List<String> ids = q.getResultList().stream().map(k -> k.customerId).distinct().toList();
            if (ids.isEmpty()) {
                return null;
            }
            List<CustomerEntity> owners = em.createQuery("select c from CustomerEntity c where c.id in :ids order by c.createdAt, c.id",
                    CustomerEntity.class).setParameter("ids", ids).setMaxResults(1).getResultList();
            return owners.isEmpty() ? null : withContacts(em, owners).get(0);
        }));
    }

    /** Notes of a card, newest first, before {@code beforeId} when given; empty when there is no such card. */
    public Optional<List<CustomerNote>> notes(String customerId, String beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select n from CustomerNoteEntity n where n.customerId = :c");
        if (beforeId != null) {
            jpql.append(" and n.id < :before");
        }
        jpql.append(" order by n.id desc");
        return Optional.ofNullable(tx.call(em -> {
            if (em.find(CustomerEntity.class, customerId) == null) {
                return null;
            }
            TypedQuery<CustomerNoteEntity> q = em.createQuery(jpql.toString(), CustomerNoteEntity.class)
                    .setParameter("c", customerId).setMaxResults(limit);
            if (beforeId != null) {
                q.setParameter("before", beforeId);
            }
            return q.getResultList().stream().map(CustomerStore::toNote).toList();
        }));
    }

    /** Adds a note; empty when the bound tenant has no such card. */
    public Optional<CustomerNote> addNote(String customerId, String text, String author) {
        return Optional.ofNullable(tx.call(em -> {
            if (em.find(CustomerEntity.class, customerId) == null) {
                return null;
            }
            CustomerNoteEntity n = new CustomerNoteEntity();
            n.createdAt = System.currentTimeMillis();
            n.id = String.format("%015d-%s", n.createdAt, UUID.randomUUID());
            n.customerId = customerId;
            n.noteText = text;
            n.author = author;
            em.persist(n);
            return toNote(n);
        }));
    }

    private static void apply(CustomerEntity c, CustomerDraft d, long now) {
        c.name = d.name();
        c.nameKey = CustomerRules.key(d.name());
        c.company = d.company();
        c.companyKey = CustomerRules.key(d.company());
        c.contactPerson = d.contactPerson();
        c.contactKey = CustomerRules.key(d.contactPerson());
        c.ownerId = d.ownerId();
        c.language = d.language();
        c.updatedAt = now;
    }

    private static List<CustomerContactEntity> persistContacts(EntityManager em, String customerId, CustomerDraft d) {
        List<CustomerContactEntity> rows = new ArrayList<>();
        for (String e : d.emails()) {
            rows.add(contact(customerId, Kind.EMAIL, null, e, e, rows.size()));
        }
        for (String p : d.phones()) {
            rows.add(contact(customerId, Kind.PHONE, null, p, CustomerRules.digits(p), rows.size()));
        }
        for (Handle h : d.handles()) {
            rows.add(contact(customerId, Kind.HANDLE, h.channel(), h.handle(), CustomerRules.handleKey(h.handle()), rows.size()));
        }
        rows.forEach(em::persist);
        return rows;
    }

    private static CustomerContactEntity contact(String customerId, Kind kind, String channel, String value, String key, int order) {
        CustomerContactEntity k = new CustomerContactEntity();
        k.id = UUID.randomUUID().toString();
        k.customerId = customerId;
        k.kind = kind.name();
        k.channel = channel;
        k.contactValue = value;
        k.searchKey = key;
        k.sortOrder = order;
        return k;
    }

    /** Contacts of several cards in one query, grouped by card, in their stored order. */
    private static Map<String, List<CustomerContactEntity>> contactsOf(EntityManager em, List<String> customerIds) {
        Map<String, List<CustomerContactEntity>> byCustomer = new HashMap<>();
        if (customerIds.isEmpty()) {
            return byCustomer;
        }
        em.createQuery("select k from CustomerContactEntity k where k.customerId in :ids order by k.sortOrder", CustomerContactEntity.class)
                .setParameter("ids", customerIds).getResultList()
                .forEach(k -> byCustomer.computeIfAbsent(k.customerId, x -> new ArrayList<>()).add(k));
        return byCustomer;
    }

    private static List<Customer> withContacts(EntityManager em, List<CustomerEntity> cards) {
        Map<String, List<CustomerContactEntity>> contacts = contactsOf(em, cards.stream().map(c -> c.id).toList());
        return cards.stream().map(c -> toCustomer(c, contacts.getOrDefault(c.id, List.of()))).toList();
    }

    private static Customer toCustomer(CustomerEntity c, List<CustomerContactEntity> contacts) {
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<Handle> handles = new ArrayList<>();
        for (CustomerContactEntity k : contacts) {
            switch (Kind.valueOf(k.kind)) {
                case EMAIL -> emails.add(k.contactValue);
                case PHONE -> phones.add(k.contactValue);
                case HANDLE -> handles.add(new Handle(k.channel, k.contactValue));
            }
        }
        return new Customer(c.id, c.name, c.company, c.contactPerson, emails, phones, handles, c.ownerId, c.language,
                Instant.ofEpochMilli(c.createdAt), Instant.ofEpochMilli(c.updatedAt));
    }

    private static CustomerNote toNote(CustomerNoteEntity n) {
        return new CustomerNote(n.id, n.customerId, n.noteText, n.author, Instant.ofEpochMilli(n.createdAt));
    }
}
