package org.offerbridge.catalog.internal;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.queries.CursoredStream;
import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.persistence.WriteConflicts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The products of the bound tenant in the database: every statement is scoped by EclipseLink multitenancy, and
 * every write moves the catalog revision in the same transaction. Values arrive checked; this class only stores.
 */
@Component(service = ProductStore.class)
public class ProductStore {
    static final String UNIT = "(osgi.unit.name=offerbridge-catalog)";
    /** Rows per flush or cursor page: bounds the persistence context, so memory stays flat for any catalog size. */
    static final int BATCH = 500;

    private final TenantTransactions tx;
    private final PriceListStore priceLists;

    @Activate
    public ProductStore(@Reference(target = UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference PriceListStore priceLists) {
        this.tx = new TenantTransactions(jpa, context);
        this.priceLists = priceLists;
    }

    public List<Product> search(ProductQuery q, int limit) {
        return tx.call(em -> q.select(em).setMaxResults(limit).getResultList().stream().map(ProductStore::view).toList());
    }

    public List<Product> page(ProductQuery q, int offset, int limit) {
        return tx.call(em -> q.select(em).setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList().stream()
                .map(ProductStore::view).toList());
    }

    public long count(ProductQuery q) {
        return tx.call(q::count);
    }

    public Optional<Product> find(String id) {
        return tx.call(em -> Optional.ofNullable(em.find(ProductEntity.class, id)).map(ProductStore::view));
    }

    public Optional<Product> findBySku(String sku) {
        return tx.call(em -> findBySku(em, sku).map(ProductStore::view));
    }

    /** The currency most of the catalog uses, if it has any product. */
    public Optional<String> mostUsedCurrency() {
        return tx.call(em -> em.createQuery("select p.currency, count(p) from ProductEntity p group by p.currency order by count(p) desc",
                Object[].class).setMaxResults(1).getResultList().stream().map(r -> (String) r[0]).findFirst());
    }

    public long revision() {
        return tx.call(Revisions::read);
    }

    public Product create(ProductValues v) {
        try {
            return tx.call(Revisions.moving(em -> {
                if (findBySku(em, v.sku()).isPresent()) {
                    throw ProductRules.duplicateSku(v.sku());
                }
                ProductEntity p = newEntity(System.currentTimeMillis());
                write(p, v, p.createdAt);
                em.persist(p);
                return Optional.of(view(p));
            })).orElseThrow();
        } catch (RuntimeException e) {
            // a concurrent create of the same SKU lost the race on the unique constraint at commit
            throw WriteConflicts.isUniqueViolation(e) ? ProductRules.duplicateSku(v.sku()) : e;
        }
    }

    /** Replaces the product's values by {@code change} of them; empty when the bound tenant has no such product. */
    public Optional<Product> update(String id, UnaryOperator<ProductValues> change) {
        return tx.call(Revisions.moving(em -> Optional.ofNullable(em.find(ProductEntity.class, id)).map(p -> {
            ProductValues v = change.apply(values(p));
            if (!ProductRules.skuKey(v.sku()).equals(p.skuKey) && findBySku(em, v.sku()).isPresent()) {
                throw ProductRules.duplicateSku(v.sku());
            }
            write(p, v, System.currentTimeMillis());
            return view(p);
        })));
    }

    /** Deletes a product; its SKU, or empty when the bound tenant has no such product. */
    public Optional<String> delete(String id) {
        return tx.call(Revisions.moving(em -> Optional.ofNullable(em.find(ProductEntity.class, id)).map(p -> {
            em.remove(p);
            return p.sku;
        })));
    }

    /**
     * Unit prices by SKU key → quantity, in one transaction: empty when products were found but the price list is
     * unknown; SKUs the catalog lacks are left out (an unknown SKU is a 404 before the price list is looked at).
     */
    public Optional<Map<String, PriceQuote>> prices(Map<String, BigDecimal> bySkuKey, String priceListId) {
        return tx.call(em -> {
            List<ProductEntity> products = em.createQuery("select p from ProductEntity p where p.skuKey in :keys", ProductEntity.class)
                    .setParameter("keys", List.copyOf(bySkuKey.keySet())).getResultList();
            if (products.isEmpty()) {
                return Optional.of(Map.<String, PriceQuote>of());
            }
            Optional<PriceList> list = priceListId == null ? Optional.empty() : priceLists.find(em, priceListId);
            if (priceListId != null && list.isEmpty()) {
                return Optional.empty();
            }
            Map<String, PriceQuote> out = new LinkedHashMap<>();
            for (ProductEntity p : products) {
                out.put(p.sku, PricingEngine.price(p.sku, p.price, p.currency, bySkuKey.get(p.skuKey), list.orElse(null),
                        priceLists.rulesFor(em, p.skuKey, priceListId)));
            }
            return Optional.of(out);
        });
    }

    /**
     * Runs {@code work} in one transaction that it writes batch by batch through {@link Upserts}; throwing from
     * {@code work} rolls everything back.
     */
    public <T> T importing(Function<Upserts, T> work) {
        return tx.call(em -> work.apply(new Upserts(em)));
    }

    /**
     * Hands every product to {@code row} in SKU order, read through one database cursor: keyset pages would make Derby
     * sort the whole catalog once per page. The persistence context is cleared as rows go, so memory stays flat.
     * An {@link UncheckedIOException} from {@code row} ends the walk and is rethrown.
     */
    public void forEachInSkuOrder(Consumer<Product> row) {
        tx.run(em -> {
            CursoredStream cursor = (CursoredStream) em.createQuery("select p from ProductEntity p order by p.skuKey")
                    .setHint(QueryHints.CURSOR, HintValues.TRUE).setHint(QueryHints.CURSOR_PAGE_SIZE, BATCH).getSingleResult();
            try {
                int n = 0;
                while (cursor.hasNext()) {
                    row.accept(view((ProductEntity) cursor.next()));
                    if (++n % BATCH == 0) {
                        cursor.releasePrevious();
                        em.clear();
                    }
                }
            } finally {
                cursor.close();
            }
        });
    }

    /** One import's writes inside its transaction. */
    public static final class Upserts {
        private final EntityManager em;
        private final Map<String, ProductEntity> loaded = new HashMap<>();
        private final long now = System.currentTimeMillis();

        private Upserts(EntityManager em) {
            this.em = em;
        }

        /** The stored values of those of {@code skuKeys} the tenant has, by SKU key, with one query. */
        public Map<String, ProductValues> find(Collection<String> skuKeys) {
            Map<String, ProductValues> out = new HashMap<>();
            em.createQuery("select p from ProductEntity p where p.skuKey in :keys", ProductEntity.class)
                    .setParameter("keys", List.copyOf(skuKeys)).getResultList().forEach(p -> {
                        loaded.put(p.skuKey, p);
                        out.put(p.skuKey, values(p));
                    });
            return out;
        }

        /** Writes {@code v} over the product with its SKU found by {@link #find}, or adds it; true when added. */
        public boolean put(ProductValues v) {
            ProductEntity p = loaded.get(ProductRules.skuKey(v.sku()));
            boolean added = p == null;
            if (added) {
                p = newEntity(now);
            }
            write(p, v, now);
            if (added) {
                em.persist(p);
            }
            return added;
        }

        /** Writes the batch out and empties the persistence context. */
        public void endBatch() {
            em.flush();
            em.clear();
            loaded.clear();
        }

        public void bumpRevision() {
            Revisions.bump(em);
        }
    }

    private static Optional<ProductEntity> findBySku(EntityManager em, String sku) {
        return em.createQuery("select p from ProductEntity p where p.skuKey = :k", ProductEntity.class)
                .setParameter("k", ProductRules.skuKey(sku)).setMaxResults(1).getResultList().stream().findFirst();
    }

    private static ProductEntity newEntity(long now) {
        ProductEntity p = new ProductEntity();
        p.id = UUID.randomUUID().toString();
        p.createdAt = now;
        return p;
    }

    static void write(ProductEntity p, ProductValues v, long now) {
        p.sku = v.sku();
        p.skuKey = ProductRules.skuKey(v.sku());
        p.name = v.name();
        p.description = v.description();
        p.unit = v.unit();
        p.price = v.price();
        p.currency = v.currency();
        p.taxRate = v.taxRate();
        p.stock = v.stock();
        p.aliases = String.join("|", v.aliases());
        p.active = v.active();
        p.options = OptionsJson.write(v.options());
        p.searchText = ProductRules.searchText(v.sku(), v.name(), v.aliases());
        p.updatedAt = now;
    }

    static ProductValues values(ProductEntity p) {
        return new ProductValues(p.sku, p.name, p.description, p.unit, p.price, p.currency, p.taxRate, p.stock,
                splitAliases(p.aliases), p.active, OptionsJson.read(p.options));
    }

    static Product view(ProductEntity p) {
        return new Product(p.id, p.sku, p.name, p.description, p.unit, p.price, p.currency, p.taxRate, p.stock,
                splitAliases(p.aliases), p.active, Instant.ofEpochMilli(p.createdAt), Instant.ofEpochMilli(p.updatedAt),
                OptionsJson.read(p.options));
    }

    private static List<String> splitAliases(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }
}
