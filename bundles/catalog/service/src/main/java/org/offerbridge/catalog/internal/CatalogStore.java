package org.offerbridge.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.queries.CursoredStream;
import org.offerbridge.catalog.api.CatalogImportException;
import org.offerbridge.catalog.api.CatalogListener;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.ImportProgress;
import org.offerbridge.catalog.api.ImportResult;
import org.offerbridge.catalog.api.InvalidProductException;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalog of the bound tenant; every statement is scoped by EclipseLink multitenancy. */
@Component(service = {CatalogService.class, CatalogStore.class})
public class CatalogStore implements CatalogService {
    static final String UNIT = "(osgi.unit.name=offerbridge-catalog)";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogStore.class);
    /** Rows per flush during import: bounds the persistence context, so memory stays flat for any file size. */
    private static final int BATCH = 500;

    private final TenantTransactions tx;
    private final RequestContext context;
    private final PriceListStore priceLists;
    private final CatalogAudit audit;
    private volatile SystemMessageLog systemMessages;
    private volatile WorkspaceSettings workspace;
    /** Held as service objects, fetched only when there is news: a listener that itself needs the catalog
     *  (the parser's index) would otherwise make a service cycle while both start. */
    private final List<ComponentServiceObjects<CatalogListener>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public CatalogStore(@Reference(target = UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference PriceListStore priceLists, @Reference CatalogAudit audit) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.priceLists = priceLists;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSystemMessages(SystemMessageLog log) {
        this.systemMessages = log;
    }

    void unbindSystemMessages(SystemMessageLog log) {
        if (this.systemMessages == log) {
            this.systemMessages = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindWorkspace(WorkspaceSettings settings) {
        this.workspace = settings;
    }

    void unbindWorkspace(WorkspaceSettings settings) {
        if (this.workspace == settings) {
            this.workspace = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindListener(ComponentServiceObjects<CatalogListener> listener) {
        listeners.add(listener);
    }

    void unbindListener(ComponentServiceObjects<CatalogListener> listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners after a committed change; a failing listener never undoes the change. */
    private void changed() {
        if (listeners.isEmpty()) {
            return;
        }
        var by = context.require();
        long revision = revision();
        for (ComponentServiceObjects<CatalogListener> objects : listeners) {
            CatalogListener l = null;
            try {
                l = objects.getService();
                if (l != null) {
                    l.catalogChanged(by, revision);
                }
            } catch (RuntimeException e) {
                LOG.warn("A catalog listener failed", e);
            } finally {
                if (l != null) {
                    objects.ungetService(l);
                }
            }
        }
    }

    @Override
    public java.util.SortedSet<String> units() {
        return new java.util.TreeSet<>(Units.codes());
    }

    @Override
    public String defaultCurrency() {
        String fromWorkspace = workspaceCurrency();
        if (fromWorkspace != null) {
            return fromWorkspace;
        }
        return tx.call(em -> em.createQuery("select p.currency, count(p) from ProductEntity p group by p.currency order by count(p) desc",
                Object[].class).setMaxResults(1).getResultList().stream().map(r -> (String) r[0]).findFirst().orElse("EUR"));
    }

    private String workspaceCurrency() {
        WorkspaceSettings w = workspace;
        if (w == null) {
            return null;
        }
        try {
            String c = w.profile().currency();
            return c == null || c.isBlank() ? null : c;
        } catch (RuntimeException e) {
            LOG.debug("No workspace currency available", e);
            return null;
        }
    }

    @Override
    public List<Product> search(String query, Boolean active, String afterSku, int limit) {
        ProductQuery q = ProductQuery.of(query, active, afterSku);
        return tx.call(em -> q.select(em).setMaxResults(limit).getResultList().stream().map(CatalogStore::view).toList());
    }

    @Override
    public List<Product> page(String query, Boolean active, int offset, int limit) {
        ProductQuery q = ProductQuery.of(query, active, null);
        return tx.call(em -> q.select(em).setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList().stream()
                .map(CatalogStore::view).toList());
    }

    @Override
    public long count(String query, Boolean active) {
        ProductQuery q = ProductQuery.of(query, active, null);
        return tx.call(em -> q.count(em));
    }

    @Override
    public Optional<Product> get(String id) {
        return Optional.ofNullable(tx.call(em -> {
            ProductEntity p = id == null ? null : em.find(ProductEntity.class, id);
            return p == null ? null : view(p);
        }));
    }

    @Override
    public Optional<Product> bySku(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        return tx.call(em -> findBySku(em, sku.strip()).map(CatalogStore::view));
    }

    @Override
    public long count() {
        return count(null, null);
    }

    @Override
    public long revision() {
        String tenant = context.require().tenantId();
        return tx.call(em -> Revisions.read(em, tenant));
    }

    @Override
    public Product create(ProductDraft d) {
        ProductEntity p = new ProductEntity();
        p.sku = ProductRules.sku(d.sku());
        p.skuKey = ProductRules.skuKey(p.sku);
        p.name = ProductRules.name(d.name());
        p.description = ProductRules.description(d.description());
        p.unit = ProductRules.unit(d.unit());
        p.price = ProductRules.price(d.price());
        p.currency = ProductRules.currency(d.currency());
        p.taxRate = ProductRules.taxRate(d.taxRate());
        p.stock = ProductRules.stock(d.stock());
        List<String> aliases = ProductRules.aliases(d.aliases());
        p.aliases = String.join("|", aliases);
        p.searchText = ProductRules.searchText(p.sku, p.name, aliases);
        p.active = d.active() == null || d.active();
        p.id = UUID.randomUUID().toString();
        p.createdAt = p.updatedAt = System.currentTimeMillis();
        String tenant = context.require().tenantId();
        try {
            Product created = tx.call(em -> {
                if (findBySku(em, p.sku).isPresent()) {
                    throw new DuplicateSkuException(p.sku);
                }
                em.persist(p);
                Revisions.bump(em, tenant);
                return view(p);
            });
            audit.record("product.created", "product:" + created.sku(), null);
            changed();
            return created;
        } catch (PersistenceException e) {
            throw uniqueViolation(e) ? new DuplicateSkuException(p.sku) : e;
        } catch (RuntimeException e) {
            // a concurrent create of the same SKU lost the race on the unique constraint at commit
            throw uniqueViolation(e) ? new DuplicateSkuException(p.sku) : e;
        }
    }

    @Override
    public Optional<Product> update(String id, ProductDraft d) {
        String tenant = context.require().tenantId();
        Optional<Product> updated = Optional.ofNullable(tx.call(em -> {
            ProductEntity p = id == null ? null : em.find(ProductEntity.class, id);
            if (p == null) {
                return null;
            }
            if (d.sku() != null) {
                String sku = ProductRules.sku(d.sku());
                if (!ProductRules.skuKey(sku).equals(p.skuKey) && findBySku(em, sku).isPresent()) {
                    throw new DuplicateSkuException(sku);
                }
                p.sku = sku;
                p.skuKey = ProductRules.skuKey(sku);
            }
            if (d.name() != null) {
                p.name = ProductRules.name(d.name());
            }
            if (d.description() != null) {
                p.description = ProductRules.description(d.description());
            }
            if (d.unit() != null) {
                p.unit = ProductRules.unit(d.unit());
            }
            if (d.price() != null) {
                p.price = ProductRules.price(d.price());
            }
            if (d.currency() != null) {
                p.currency = ProductRules.currency(d.currency());
            }
            if (d.taxRate() != null || d.clearTaxRate()) {
                p.taxRate = ProductRules.taxRate(d.taxRate());
            }
            if (d.stock() != null || d.clearStock()) {
                p.stock = ProductRules.stock(d.stock());
            }
            if (d.aliases() != null) {
                p.aliases = String.join("|", ProductRules.aliases(d.aliases()));
            }
            if (d.active() != null) {
                p.active = d.active();
            }
            p.searchText = ProductRules.searchText(p.sku, p.name, splitAliases(p.aliases));
            p.updatedAt = System.currentTimeMillis();
            Revisions.bump(em, tenant);
            return view(p);
        }));
        updated.ifPresent(p -> {
            audit.record("product.updated", "product:" + p.sku(), null);
            changed();
        });
        return updated;
    }

    @Override
    public boolean delete(String id) {
        String tenant = context.require().tenantId();
        String deleted = tx.call(em -> {
            ProductEntity p = id == null ? null : em.find(ProductEntity.class, id);
            if (p == null) {
                return null;
            }
            em.remove(p);
            Revisions.bump(em, tenant);
            return p.sku;
        });
        if (deleted != null) {
            audit.record("product.deleted", "product:" + deleted, null);
            changed();
        }
        return deleted != null;
    }

    @Override
    public Optional<PriceQuote> price(String sku, BigDecimal quantity, String priceListId) {
        String key = sku == null ? "" : sku.strip();
        return prices(Map.of(key, quantity), priceListId).values().stream().findFirst();
    }

    @Override
    public Map<String, PriceQuote> prices(Map<String, BigDecimal> quantities, String priceListId) {
        if (quantities.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> byKey = new HashMap<>();
        quantities.forEach((sku, qty) -> byKey.put(ProductRules.skuKey(sku), qty));
        return tx.call(em -> {
            List<ProductEntity> products = em.createQuery("select p from ProductEntity p where p.skuKey in :keys", ProductEntity.class)
                    .setParameter("keys", List.copyOf(byKey.keySet())).getResultList();
            if (products.isEmpty()) {
                return Map.<String, PriceQuote>of(); // an unknown SKU is a 404 before the price list is even looked at
            }
            var list = priceListId == null ? null : priceLists.find(em, priceListId).orElseThrow(
                    () -> new InvalidProductException("priceList", "unknown price list"));
            Map<String, PriceQuote> out = new java.util.LinkedHashMap<>();
            for (ProductEntity p : products) {
                out.put(p.sku, PricingEngine.price(p.sku, p.price, p.currency, byKey.get(p.skuKey), list,
                        priceLists.rulesFor(em, p.skuKey, priceListId)));
            }
            return out;
        });
    }

    @Override
    public ImportResult importCsv(InputStream csv, boolean dryRun, ImportProgress progress) throws IOException {
        long started = System.nanoTime();
        String tenant = context.require().tenantId();
        CountingInputStream counted = new CountingInputStream(csv);
        // Strict UTF-8: a file saved in another encoding is refused rather than imported with broken names.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CatalogCsvReader reader = new CatalogCsvReader(new InputStreamReader(counted, decoder));
        ImportTally tally = new ImportTally();
        String fallbackCurrency = workspaceCurrency();
        try {
            tx.call(em -> {
                List<CsvRow> batch = new ArrayList<>(BATCH);
                reader.read(row -> {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        applyBatch(em, batch, tally, fallbackCurrency);
                        progress.progress(tally.rows, counted.count());
                    }
                }, rejected -> tally.reject(rejected));
                applyBatch(em, batch, tally, fallbackCurrency);
                progress.progress(tally.rows, counted.count());
                if (tally.imported + tally.updated > 0) {
                    Revisions.bump(em, tenant);
                }
                if (dryRun) {
                    throw new DryRunRollback();
                }
                return null;
            });
        } catch (DryRunRollback expected) {
            // the transaction was rolled back on purpose: a dry run reports what would happen
        }
        ImportResult result = new ImportResult(tally.imported, tally.updated, List.copyOf(tally.errors), tally.errorCount,
                tally.rows, dryRun, (System.nanoTime() - started) / 1_000_000);
        if (!dryRun) {
            audit.record("catalog.imported", "catalog", "rows=" + result.rows() + " new=" + result.imported() + " updated="
                    + result.updated() + " errors=" + result.errorCount());
            if (tally.errorCount > 0) {
                report(tenant, tally);
            }
            if (tally.imported + tally.updated > 0) {
                changed();
            }
        }
        LOG.info("Catalog import: {} rows, {} new, {} updated, {} errors{} in {} ms", result.rows(), result.imported(),
                result.updated(), result.errorCount(), dryRun ? " (dry run)" : "", result.durationMillis());
        return result;
    }

    /** Upserts one batch: one query finds the batch's existing SKUs, then the persistence context is cleared. */
    private void applyBatch(EntityManager em, List<CsvRow> batch, ImportTally tally, String fallbackCurrency) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> keys = batch.stream().map(r -> ProductRules.skuKey(r.sku())).toList();
        Map<String, ProductEntity> existing = new HashMap<>();
        em.createQuery("select p from ProductEntity p where p.skuKey in :keys", ProductEntity.class)
                .setParameter("keys", keys).getResultList().forEach(p -> existing.put(p.skuKey, p));
        long now = System.currentTimeMillis();
        for (CsvRow row : batch) {
            tally.rows++;
            ProductEntity p = existing.get(ProductRules.skuKey(row.sku()));
            boolean isNew = p == null;
            String currency = row.currency() != null ? row.currency() : isNew ? fallbackCurrency : p.currency;
            if (currency == null) {
                tally.reject(new CatalogCsvReader.Rejected(new ImportResult.LineError(row.line(), "currency",
                        "currency is required for a new product (the workspace has no currency set)"), CatalogCsvReader.Problem.OTHER));
                continue;
            }
            if (isNew) {
                p = new ProductEntity();
                p.id = UUID.randomUUID().toString();
                p.createdAt = now;
                p.active = true;
            }
            p.sku = row.sku();
            p.skuKey = ProductRules.skuKey(row.sku());
            p.name = row.name();
            p.unit = row.unit();
            p.price = row.price();
            p.currency = currency;
            if (row.hasDescription() || isNew) {
                p.description = row.description();
            }
            if (row.hasStock() || isNew) {
                p.stock = row.stock();
            }
            if (row.hasTaxRate() || isNew) {
                p.taxRate = row.taxRate();
            }
            if (row.hasAliases() || isNew) {
                p.aliases = String.join("|", row.aliases());
            }
            if (row.active() != null) {
                p.active = row.active();
            }
            p.searchText = ProductRules.searchText(p.sku, p.name, splitAliases(p.aliases));
            p.updatedAt = now;
            if (isNew) {
                em.persist(p);
                tally.imported++;
            } else {
                tally.updated++;
            }
        }
        em.flush();
        em.clear();
        batch.clear();
    }

    private void report(String tenant, ImportTally tally) {
        SystemMessageLog log = systemMessages;
        if (log == null) {
            return;
        }
        try {
            log.report(tenant, SystemMessageLog.Severity.WARNING, "catalog", tally.summary());
        } catch (RuntimeException e) {
            LOG.warn("Could not record the catalog import problems as a system message", e);
        }
    }

    /**
     * One query read through a database cursor: keyset pages would make Derby sort the whole catalog once per
     * page. The persistence context is cleared as rows are written, so memory stays flat.
     */
    @Override
    public void exportCsv(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(CatalogCsvReader.EXPORT_HEADER);
            tx.run(em -> {
                CursoredStream cursor = (CursoredStream) em.createQuery("select p from ProductEntity p order by p.skuKey")
                        .setHint(QueryHints.CURSOR, HintValues.TRUE).setHint(QueryHints.CURSOR_PAGE_SIZE, BATCH)
                        .getSingleResult();
                try {
                    int n = 0;
                    while (cursor.hasNext()) {
                        Product p = view((ProductEntity) cursor.next());
                        printer.printRecord(p.sku(), p.name(), String.join("|", p.aliases()), p.unit(),
                                p.price().toPlainString(), p.currency(), p.stock() == null ? "" : p.stock().toPlainString(),
                                p.taxRate() == null ? "" : p.taxRate().toPlainString(),
                                p.description() == null ? "" : p.description(), p.active());
                        if (++n % BATCH == 0) {
                            cursor.releasePrevious();
                            em.clear();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    cursor.close();
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Optional<ProductEntity> findBySku(EntityManager em, String sku) {
        return em.createQuery("select p from ProductEntity p where p.skuKey = :k", ProductEntity.class)
                .setParameter("k", ProductRules.skuKey(sku)).setMaxResults(1).getResultList().stream().findFirst();
    }

    static Product view(ProductEntity p) {
        return new Product(p.id, p.sku, p.name, p.description, p.unit, p.price, p.currency, p.taxRate, p.stock,
                splitAliases(p.aliases), p.active, Instant.ofEpochMilli(p.createdAt), Instant.ofEpochMilli(p.updatedAt));
    }

    static List<String> splitAliases(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }


    /** Thrown inside the transaction so that a dry run rolls everything back. */
    private static final class DryRunRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DryRunRollback() {
            super(null, null, false, false);
        }
    }
}
