package org.offerbridge.quotation.internal;

import java.util.Optional;

import javax.persistence.TypedQuery;

import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.quotation.api.Order;

/** The orders accepted quotes became, newest first. */
final class QuoteOrders {
    private final QuoteStore store;

    QuoteOrders(QuoteStore store) {
        this.store = store;
    }

    Optional<Order> order(String orderId) {
        return Optional.ofNullable(store.tx.call(em -> {
            OrderEntity o = orderId == null ? null : em.find(OrderEntity.class, orderId);
            return o == null ? null : QuoteRecords.order(o);
        }));
    }

    Page<Order> orders(PageRequest page) {
        CreatedCursor after = CreatedCursor.parse(page.after());
        return store.tx.call(em -> {
            TypedQuery<OrderEntity> query = em.createQuery("select o from OrderEntity o"
                    + (after == null ? "" : " where o.createdAt < :t or (o.createdAt = :t and o.id < :id)")
                    + " order by o.createdAt desc, o.id desc", OrderEntity.class).setMaxResults(page.fetchSize());
            if (after != null) {
                query.setParameter("t", after.createdAt()).setParameter("id", after.id());
            }
            return page.page(query.getResultList(), o -> CreatedCursor.key(o.createdAt, o.id), QuoteRecords::order);
        });
    }
}
