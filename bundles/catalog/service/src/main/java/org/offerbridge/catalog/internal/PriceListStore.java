package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.catalog.api.InvalidProductException;
import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PricingRule;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Price lists and pricing rules (volume breaks) of the bound tenant. */
@Component(service = PriceListStore.class)
public class PriceListStore {
    private final TenantTransactions tx;
    private final RequestContext context;
    private final CatalogAudit audit;

    @Activate
    public PriceListStore(@Reference(target = CatalogStore.UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference CatalogAudit audit) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.audit = audit;
    }

    public List<PriceList> lists() {
        return tx.call(em -> em.createQuery("select l from PriceListEntity l order by l.name", PriceListEntity.class)
                .setMaxResults(500).getResultList().stream().map(PriceListStore::view).toList());
    }

    public Optional<PriceList> get(String id) {
        return tx.call(em -> find(em, id));
    }

    public PriceList create(String name, String description, BigDecimal discountPercent, Boolean active) {
        PriceListEntity l = new PriceListEntity();
        l.id = UUID.randomUUID().toString();
        l.name = listName(name);
        l.description = ProductRules.description(description);
        l.discountPercent = percent("discountPercent", discountPercent == null ? BigDecimal.ZERO : discountPercent);
        l.active = active == null || active;
        l.createdAt = System.currentTimeMillis();
        String tenant = context.require().tenantId();
        PriceList created = tx.call(em -> {
            em.persist(l);
            Revisions.bump(em, tenant);
            return view(l);
        });
        audit.record("price-list.created", "price-list:" + created.id(), created.name());
        return created;
    }

    public Optional<PriceList> update(String id, String name, String description, BigDecimal discountPercent, Boolean active) {
        String tenant = context.require().tenantId();
        Optional<PriceList> updated = Optional.ofNullable(tx.call(em -> {
            PriceListEntity l = id == null ? null : em.find(PriceListEntity.class, id);
            if (l == null) {
                return null;
            }
            if (name != null) {
                l.name = listName(name);
            }
            if (description != null) {
                l.description = ProductRules.description(description);
            }
            if (discountPercent != null) {
                l.discountPercent = percent("discountPercent", discountPercent);
            }
            if (active != null) {
                l.active = active;
            }
            Revisions.bump(em, tenant);
            return view(l);
        }));
        updated.ifPresent(l -> audit.record("price-list.updated", "price-list:" + l.id(), l.name()));
        return updated;
    }

    /** Deletes a list and its rules, row by row (bulk JPQL may skip the tenant column, EclipseLink #1333). */
    public boolean delete(String id) {
        String tenant = context.require().tenantId();
        return tx.call(em -> {
            PriceListEntity l = id == null ? null : em.find(PriceListEntity.class, id);
            if (l == null) {
                return false;
            }
            em.createQuery("select r from PricingRuleEntity r where r.priceListId = :l", PricingRuleEntity.class)
                    .setParameter("l", id).getResultList().forEach(em::remove);
            em.remove(l);
            Revisions.bump(em, tenant);
            return true;
        }) && audited("price-list.deleted", "price-list:" + id);
    }

    /** Rules of one list, or the rules for everyone when {@code priceListId} is null. */
    public List<PricingRule> rules(String priceListId) {
        String jpql = priceListId == null
                ? "select r from PricingRuleEntity r where r.priceListId is null order by r.skuKey, r.minQuantity"
                : "select r from PricingRuleEntity r where r.priceListId = :l order by r.skuKey, r.minQuantity";
        return tx.call(em -> {
            var q = em.createQuery(jpql, PricingRuleEntity.class).setMaxResults(5000);
            if (priceListId != null) {
                q.setParameter("l", priceListId);
            }
            return q.getResultList().stream().map(PriceListStore::view).toList();
        });
    }

    public PricingRule addRule(String priceListId, String sku, BigDecimal minQuantity, BigDecimal unitPrice,
            BigDecimal discountPercent) {
        if (minQuantity == null || minQuantity.signum() <= 0) {
            throw new InvalidProductException("minQuantity", "minQuantity must be a number above 0");
        }
        if ((unitPrice == null) == (discountPercent == null)) {
            throw new InvalidProductException("unitPrice", "give exactly one of unitPrice and discountPercent");
        }
        PricingRuleEntity r = new PricingRuleEntity();
        r.id = UUID.randomUUID().toString();
        r.priceListId = priceListId;
        r.minQuantity = minQuantity.stripTrailingZeros();
        r.unitPrice = unitPrice == null ? null : ProductRules.price(unitPrice);
        r.discountPercent = discountPercent == null ? null : percent("discountPercent", discountPercent);
        r.createdAt = System.currentTimeMillis();
        String tenant = context.require().tenantId();
        PricingRule added = tx.call(em -> {
            if (sku != null && !sku.isBlank()) {
                String key = ProductRules.skuKey(sku.strip());
                boolean known = !em.createQuery("select p.id from ProductEntity p where p.skuKey = :k", String.class)
                        .setParameter("k", key).setMaxResults(1).getResultList().isEmpty();
                if (!known) {
                    throw new InvalidProductException("sku", "no product has the SKU '" + ProductRules.abbreviate(sku.strip()) + "'");
                }
                r.skuKey = key;
            }
            em.persist(r);
            Revisions.bump(em, tenant);
            return view(r);
        });
        audit.record("pricing-rule.created", "pricing-rule:" + added.id(), "list=" + added.priceListId() + " sku="
                + added.sku() + " from=" + added.minQuantity());
        return added;
    }

    /** Deletes a rule of the given list (null: a rule for everyone); false when there is no such rule. */
    public boolean deleteRule(String priceListId, String ruleId) {
        String tenant = context.require().tenantId();
        return tx.call(em -> {
            PricingRuleEntity r = ruleId == null ? null : em.find(PricingRuleEntity.class, ruleId);
            if (r == null || !java.util.Objects.equals(r.priceListId, priceListId)) {
                return false;
            }
            em.remove(r);
            Revisions.bump(em, tenant);
            return true;
        }) && audited("pricing-rule.deleted", "pricing-rule:" + ruleId);
    }

    private boolean audited(String action, String target) {
        audit.record(action, target, null);
        return true;
    }

    Optional<PriceList> find(EntityManager em, String id) {
        PriceListEntity l = id == null ? null : em.find(PriceListEntity.class, id);
        return Optional.ofNullable(l).map(PriceListStore::view);
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

    private static String listName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidProductException("name", "name is required");
        }
        String v = raw.strip();
        if (v.length() > 100) {
            throw new InvalidProductException("name", "name must be at most 100 characters");
        }
        return v;
    }

    private static BigDecimal percent(String field, BigDecimal v) {
        if (v.signum() < 0 || v.compareTo(ProductRules.HUNDRED) >= 0) {
            throw new InvalidProductException(field, field + " must be at least 0 and below 100");
        }
        return v.stripTrailingZeros().scale() > 4 ? v.setScale(4, java.math.RoundingMode.HALF_UP) : v.stripTrailingZeros();
    }

    static PriceList view(PriceListEntity l) {
        return new PriceList(l.id, l.name, l.description, l.discountPercent, l.active);
    }

    static PricingRule view(PricingRuleEntity r) {
        return new PricingRule(r.id, r.priceListId, r.skuKey, r.minQuantity, r.unitPrice, r.discountPercent);
    }
}
