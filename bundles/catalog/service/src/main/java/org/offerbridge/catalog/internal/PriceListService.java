package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PricingRule;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Price lists and pricing rules (volume breaks) of the bound tenant: checks values, enforces roles (reading needs any
 * role, changes need admin, as the REST methods say) and audits changes. Storing is {@link PriceListStore}'s.
 */
@Component(service = PriceListService.class)
public class PriceListService {
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 500;
    /** A list or a rule that took 100 % off would give everything away. */
    static final BigDecimal MAX_DISCOUNT = new BigDecimal("99.9999");
    static final BigDecimal MIN_QUANTITY = new BigDecimal("0.0001");

    private final PriceListStore store;
    private final RequestContext context;
    private final CatalogAudit audit;

    @Activate
    public PriceListService(@Reference PriceListStore store, @Reference RequestContext context, @Reference CatalogAudit audit) {
        this.store = store;
        this.context = context;
        this.audit = audit;
    }

    public List<PriceList> lists() {
        context.require();
        return store.lists();
    }

    public Optional<PriceList> get(String id) {
        context.require();
        return blank(id) ? Optional.empty() : store.get(id);
    }

    public PriceList create(String name, String description, BigDecimal discountPercent, Boolean active) {
        context.require().requireRole(Role.ADMIN);
        PriceList created = store.create(name(name), description(description),
                discount(discountPercent == null ? BigDecimal.ZERO : discountPercent), active == null || active);
        audit.record("price-list.created", "price-list:" + created.id(), created.name());
        return created;
    }

    /** Changes the fields given; null leaves a value as it is, an empty description removes it. */
    public Optional<PriceList> update(String id, String name, String description, BigDecimal discountPercent, Boolean active) {
        context.require().requireRole(Role.ADMIN);
        String n = name == null ? null : name(name);
        String d = description(description);
        BigDecimal p = discount(discountPercent);
        if (blank(id)) {
            return Optional.empty();
        }
        Optional<PriceList> updated = store.update(id, l -> new PriceList(l.id(), n != null ? n : l.name(),
                description != null ? d : l.description(), p != null ? p : l.discountPercent(), active != null ? active : l.active()));
        updated.ifPresent(l -> audit.record("price-list.updated", "price-list:" + l.id(), l.name()));
        return updated;
    }

    public boolean delete(String id) {
        context.require().requireRole(Role.ADMIN);
        boolean deleted = !blank(id) && store.delete(id);
        if (deleted) {
            audit.record("price-list.deleted", "price-list:" + id, null);
        }
        return deleted;
    }

    /** Rules of one list, or the rules for everyone when {@code priceListId} is null. */
    public List<PricingRule> rules(String priceListId) {
        context.require();
        return store.rules(priceListId);
    }

    /** Adds a volume break to a list (null: for everyone), for one SKU or (null) the whole catalog. */
    public PricingRule addRule(String priceListId, String sku, BigDecimal minQuantity, BigDecimal unitPrice,
            BigDecimal discountPercent) {
        context.require().requireRole(Role.ADMIN);
        BigDecimal from = FieldRules.required("minQuantity", FieldRules.decimal("minQuantity", minQuantity, MIN_QUANTITY,
                FieldRules.MAX_AMOUNT, FieldRules.MAX_DECIMALS));
        BigDecimal price = FieldRules.amount("unitPrice", unitPrice);
        BigDecimal discount = discountPercent == null ? null : FieldRules.decimal("discountPercent", discountPercent,
                BigDecimal.ZERO, MAX_DISCOUNT, FieldRules.MAX_DECIMALS);
        if ((price == null) == (discount == null)) {
            throw FieldRules.invalid("unitPrice", "give exactly one of unitPrice and discountPercent", "catalog.rule.priceOrDiscount",
                    "unitPrice");
        }
        String skuText = FieldRules.text("sku", sku, ProductRules.MAX_SKU);
        String skuKey = skuText == null ? null : ProductRules.skuKey(skuText);
        PricingRule added = store.addRule(new PricingRule(null, priceListId, skuKey, from, price, discount))
                .orElseThrow(() -> FieldRules.invalid("sku", "no product has the SKU '" + ProductRules.abbreviate(skuText) + "'",
                        "catalog.sku.unknown", "sku", skuText));
        audit.record("pricing-rule.created", "pricing-rule:" + added.id(), "list=" + added.priceListId() + " sku="
                + added.sku() + " from=" + added.minQuantity());
        return added;
    }

    /** Deletes a rule of the given list (null: a rule for everyone); false when there is no such rule. */
    public boolean deleteRule(String priceListId, String ruleId) {
        context.require().requireRole(Role.ADMIN);
        boolean deleted = !blank(ruleId) && store.deleteRule(priceListId, ruleId);
        if (deleted) {
            audit.record("pricing-rule.deleted", "pricing-rule:" + ruleId, null);
        }
        return deleted;
    }

    private static String name(String raw) {
        return FieldRules.requiredText("name", raw, MAX_NAME);
    }

    private static String description(String raw) {
        return FieldRules.multiLine("description", raw, MAX_DESCRIPTION);
    }

    private static BigDecimal discount(BigDecimal v) {
        return FieldRules.decimal("discountPercent", v, BigDecimal.ZERO, MAX_DISCOUNT, FieldRules.MAX_DECIMALS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
