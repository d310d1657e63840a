package org.offerbridge.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * A product search as JPQL: every word of the search must occur in the SKU, name or aliases. Built as text
 * because Derby cannot type a parameter in "(:p is null or ...)".
 */
final class ProductQuery {
    private static final int MAX_TERMS = 8;
    private final List<String> terms;
    private final Boolean active;
    private final String afterSkuKey;
    private final String where;

    private ProductQuery(List<String> terms, Boolean active, String afterSkuKey) {
        this.terms = terms;
        this.active = active;
        this.afterSkuKey = afterSkuKey;
        StringBuilder w = new StringBuilder(" where 1 = 1");
        for (int i = 0; i < terms.size(); i++) {
            w.append(" and p.searchText like :t").append(i).append(" escape '\\'");
        }
        if (active != null) {
            w.append(" and p.active = :active");
        }
        if (afterSkuKey != null) {
            w.append(" and p.skuKey > :after");
        }
        this.where = w.toString();
    }

    static ProductQuery of(String query, Boolean active, String afterSku) {
        List<String> terms = query == null ? List.of()
                : Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isBlank()).limit(MAX_TERMS).toList();
        return new ProductQuery(terms, active, afterSku == null ? null : ProductRules.skuKey(afterSku));
    }

    TypedQuery<ProductEntity> select(EntityManager em) {
        return bind(em.createQuery("select p from ProductEntity p" + where + " order by p.skuKey", ProductEntity.class));
    }

    long count(EntityManager em) {
        return bind(em.createQuery("select count(p) from ProductEntity p" + where, Long.class)).getSingleResult();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q) {
        for (int i = 0; i < terms.size(); i++) {
            q.setParameter("t" + i, "%" + escapeLike(terms.get(i)) + "%");
        }
        if (active != null) {
            q.setParameter("active", active);
        }
        if (afterSkuKey != null) {
            q.setParameter("after", afterSkuKey);
        }
        return q;
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
