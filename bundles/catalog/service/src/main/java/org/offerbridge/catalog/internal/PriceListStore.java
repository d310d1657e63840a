package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PricingRule;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Price lists and pricing rules (volume breaks) of the bound tenant in the database. Values arrive checked; every
 * write moves the catalog revision in the same transaction. Deletes go row by row, since bulk JPQL may skip the
 * tenant column (EclipseLink #1333).
 */
@Component(service = PriceListStore.class)
public class PriceListStore {
    /** More lists or rules than a seller keeps; a bound on one answer. */
    static final int MAX_ROWS = 5000;
    private final TenantTransactions tx;

    @Activate
    public PriceListStore(@Reference(target = ProductStore.UNIT) JpaTemplate jpa, @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
    }

    public List<PriceList> lists() {
        return tx.call(em -> em.createQuery("select l from PriceListEntity l order by l.name", PriceListEntity.class)
                .setMaxResults(500).getResultList().stream().map(PriceListStore::view).toList());
    }

    public Optional<PriceList> get(String id) {
        return tx.call(em -> find(em, id));
    }

    public PriceList create(String name, String description, BigDecimal discountPercent, boolean active) {
        PriceListEntity l = new PriceListEntity();
        l.id = UUID.randomUUID().toString();
        l.createdAt = System.currentTimeMillis();
        write(l, new PriceList(l.id, name, description, discountPercent, active));
        return tx.call(Revisions.moving(em -> {
            em.persist(l);
            return Optional.of(view(l));
        })).orElseThrow();
    }

    /** Replaces the list's values by {@code change} of them; empty when the bound tenant has no such list. */
    public Optional<PriceList> update(String id, UnaryOperator<PriceList> change) {
        return tx.call(Revisions.moving(em -> Optional.ofNullable(em.find(PriceListEntity.class, id)).map(l -> {
            write(l, change.apply(view(l)));
            return view(l);
        })));
    }

    /** Deletes a list and its rules; false when the bound tenant has no such list. */
    public boolean delete(String id) {
        return tx.call(Revisions.moving(em -> Optional.ofNullable(em.find(PriceListEntity.class, id)).map(l -> {
            em.createQuery("select r from PricingRuleEntity r where r.priceListId = :l", PricingRuleEntity.class)
                    .setParameter("l", id).getResultList().forEach(em::remove);
            em.remove(l);
            return l.id;
        }))).isPresent();
    }

    /** Rules of one list, or the rules for everyone when {@code priceListId} is null. */
    public List<PricingRule> rules(String priceListId) {
        String jpql = priceListId == null
                ? "select r from PricingRuleEntity r where r.priceListId is null order by r.skuKey, r.minQuantity"
                : "select r from PricingRuleEntity r where r.priceListId = :l order by r.skuKey, r.minQuantity";
        return tx.call(em -> {
            var q = em.createQuery(jpql, PricingRuleEntity.class).setMaxResults(MAX_ROWS);
            if (priceListId != null) {
                q.setParameter("l", priceListId);
            }
            return q.getResultList().stream().map(PriceListStore::view).toList();
        });
    }

    /**
     * Adds a rule; {@code rule.sku()} is a SKU key or null for the whole catalog. Empty when the catalog has no product
     * with that SKU.
     */
    public Optional<PricingRule> addRule(PricingRule rule) {
        PricingRuleEntity r = new PricingRuleEntity();
        r.id = UUID.randomUUID().toString();
        r.priceListId = rule.priceListId();
        r.skuKey = rule.sku();
        r.minQuantity = rule.minQuantity();
        r.unitPrice = rule.unitPrice();
        r.discountPercent = rule.discountPercent();
        r.createdAt = System.currentTimeMillis();
        return tx.call(Revisions.moving(em -> {
            if (r.skuKey != null && em.createQuery("select p.id from ProductEntity p where p.skuKey = :k", String.class)
                    .setParameter("k", r.skuKey).setMaxResults(1).getResultList().isEmpty()) {
                return Optional.empty();
            }
            em.persist(r);
            return Optional.of(view(r));
        }));
    }

    /** Deletes a rule of the given list (null: a rule for everyone); false when there is no such rule. */
    public boolean deleteRule(String priceListId, String ruleId) {
        return tx.call(Revisions.moving(em -> Optional.ofNullable(em.find(PricingRuleEntity.class, ruleId))
                .filter(r -> Objects.equals(r.priceListId, priceListId)).map(r -> {
                    em.remove(r);
                    return r.id;
                }))).isPresent();
    }

    Optional<PriceList> find(EntityManager em, String id) {
        return Optional.ofNullable(em.find(PriceListEntity.class, id)).map(PriceListStore::view);
    }

    /** The rules that can apply to a product under a price list: global and the list's, product and catalog-wide. */
    List<PricingRule> rulesFor(EntityManager em, String skuKey, String priceListId) {
        String jpql = "select r from PricingRuleEntity r where (r.skuKey = :k or r.skuKey is null) and (r.priceListId is null"
                + (priceListId == null ? ")" : " or r.priceListId = :l)");
        var q = em.createQuery(jpql, PricingRuleEntity.class).setParameter("k", skuKey);
        if (priceListId != null) {
            q.setParameter("l", priceListId);
        }
        return q.getResultList().stream().map(PriceListStore::view).toList();
    }

    private static void write(PriceListEntity l, PriceList v) {
        l.name = v.name();
        l.description = v.description();
        l.discountPercent = v.discountPercent();
        l.active = v.active();
    }

    static PriceList view(PriceListEntity l) {
        return new PriceList(l.id, l.name, l.description, l.discountPercent, l.active);
    }

    static PricingRule view(PricingRuleEntity r) {
        return new PricingRule(r.id, r.priceListId, r.skuKey, r.minQuantity, r.unitPrice, r.discountPercent);
    }
}
