package org.offerbridge.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.ImportProgress;
import org.offerbridge.catalog.api.ImportResult;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.fields.FieldRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog of the bound tenant for every caller (REST, the admin UI, other capabilities): checks values with
 * {@link ProductRules}, enforces roles (reading needs any role; changes and imports need admin, as the REST methods
 * say), audits changes and tells the {@link CatalogEvents listeners}. Storing is {@link ProductStore}'s.
 */
@Component(service = CatalogService.class)
public class CatalogServiceImpl implements CatalogService {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogServiceImpl.class);

    private final ProductStore store;
    private final RequestContext context;
    private final CatalogAudit audit;
    private final CatalogEvents events;
    private final CatalogCsvImport csvImport;
    private final CatalogCsvExport csvExport;
    private volatile SystemMessageLog systemMessages;
    private volatile WorkspaceSettings workspace;

    @Activate
    public CatalogServiceImpl(@Reference ProductStore store, @Reference RequestContext context, @Reference CatalogAudit audit,
            @Reference CatalogEvents events) {
        this.store = store;
        this.context = context;
        this.audit = audit;
        this.events = events;
        this.csvImport = new CatalogCsvImport(store);
        this.csvExport = new CatalogCsvExport(store);
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

    @Override
    public SortedSet<String> units() {
        return new TreeSet<>(Units.codes());
    }

    @Override
    public String defaultCurrency() {
        reader();
        String fromWorkspace = workspaceCurrency();
        return fromWorkspace != null ? fromWorkspace : store.mostUsedCurrency().orElse("EUR");
    }

    @Override
    public List<Product> search(String query, Boolean active, String afterSku, int limit) {
        reader();
        return store.search(ProductQuery.of(query, active, afterSku), limit);
    }

    @Override
    public List<Product> page(String query, Boolean active, int offset, int limit) {
        reader();
        return store.page(ProductQuery.of(query, active, null), offset, limit);
    }

    @Override
    public long count(String query, Boolean active) {
        reader();
        return store.count(ProductQuery.of(query, active, null));
    }

    @Override
    public long count() {
        return count(null, null);
    }

    @Override
    public Optional<Product> get(String id) {
        reader();
        return blank(id) ? Optional.empty() : store.find(id);
    }

    @Override
    public Optional<Product> bySku(String sku) {
        reader();
        return blank(sku) ? Optional.empty() : store.findBySku(sku.strip());
    }

    @Override
    public long revision() {
        reader();
        return store.revision();
    }

    @Override
    public Product create(ProductDraft d) {
        TenantPrincipal by = admin();
        Product created = store.create(new ProductValues(ProductRules.sku(d.sku()), ProductRules.name(d.name()),
                ProductRules.description(d.description()), ProductRules.unit(d.unit()), ProductRules.price(d.price()),
                ProductRules.currency(d.currency()), ProductRules.taxRate(d.taxRate()), ProductRules.stock(d.stock()),
                ProductRules.aliases(d.aliases()), d.active() == null || d.active(), ProductRules.options(d.options())));
        audit.record("product.created", "product:" + created.sku(), null);
        events.changed(by, store::revision);
        return created;
    }

    @Override
    public Optional<Product> update(String id, ProductDraft d) {
        TenantPrincipal by = admin();
        UnaryOperator<ProductValues> change = changes(d);
        Optional<Product> updated = blank(id) ? Optional.empty() : store.update(id, change);
        updated.ifPresent(p -> {
            audit.record("product.updated", "product:" + p.sku(), null);
            events.changed(by, store::revision);
        });
        return updated;
    }

    /**
     * The draft's values, checked now, over the stored ones: null leaves a value, {@code clear*} removes one; options
     * given replace the stored ones (an empty list removes them).
     */
    private static UnaryOperator<ProductValues> changes(ProductDraft d) {
        String sku = d.sku() == null ? null : ProductRules.sku(d.sku());
        String name = d.name() == null ? null : ProductRules.name(d.name());
        String description = d.description() == null ? null : ProductRules.description(d.description());
        String unit = d.unit() == null ? null : ProductRules.unit(d.unit());
        BigDecimal price = d.price() == null ? null : ProductRules.price(d.price());
        String currency = d.currency() == null ? null : ProductRules.currency(d.currency());
        BigDecimal taxRate = ProductRules.taxRate(d.taxRate());
        BigDecimal stock = ProductRules.stock(d.stock());
        List<String> aliases = d.aliases() == null ? null : ProductRules.aliases(d.aliases());
        List<ProductOption> options = d.options() == null ? null : ProductRules.options(d.options());
        return v -> new ProductValues(sku != null ? sku : v.sku(), name != null ? name : v.name(),
                d.description() != null ? description : v.description(), unit != null ? unit : v.unit(),
                price != null ? price : v.price(), currency != null ? currency : v.currency(),
                taxRate != null || d.clearTaxRate() ? taxRate : v.taxRate(), stock != null || d.clearStock() ? stock : v.stock(),
                aliases != null ? aliases : v.aliases(), d.active() != null ? d.active() : v.active(),
                options != null ? options : v.options());
    }

    @Override
    public boolean delete(String id) {
        TenantPrincipal by = admin();
        Optional<String> sku = blank(id) ? Optional.empty() : store.delete(id);
        sku.ifPresent(s -> {
            audit.record("product.deleted", "product:" + s, null);
            events.changed(by, store::revision);
        });
        return sku.isPresent();
    }

    @Override
    public Optional<PriceQuote> price(String sku, BigDecimal quantity, String priceListId) {
        String key = sku == null ? "" : sku.strip();
        return prices(Map.of(key, quantity), priceListId).values().stream().findFirst();
    }

    @Override
    public Map<String, PriceQuote> prices(Map<String, BigDecimal> quantities, String priceListId) {
        reader();
        if (quantities.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> byKey = new HashMap<>();
        quantities.forEach((sku, qty) -> byKey.put(ProductRules.skuKey(sku), qty));
        return store.prices(byKey, priceListId).orElseThrow(() -> FieldRules.invalid("priceList", "unknown price list",
                "catalog.priceList.unknown", "priceList"));
    }

    @Override
    public ImportResult importCsv(InputStream csv, boolean dryRun, ImportProgress progress) throws IOException {
        TenantPrincipal by = admin();
        long started = System.nanoTime();
        ImportTally tally = csvImport.run(csv, dryRun, progress, workspaceCurrency());
        ImportResult result = tally.result(dryRun, (System.nanoTime() - started) / 1_000_000);
        if (!dryRun) {
            audit.record("catalog.imported", "catalog", "rows=" + result.rows() + " new=" + result.imported() + " updated="
                    + result.updated() + " errors=" + result.errorCount());
            if (tally.errorCount > 0) {
                report(by.tenantId(), tally);
            }
            if (tally.imported + tally.updated > 0) {
                events.changed(by, store::revision);
            }
        }
        LOG.info("Catalog import: {} rows, {} new, {} updated, {} errors{} in {} ms", result.rows(), result.imported(),
                result.updated(), result.errorCount(), dryRun ? " (dry run)" : "", result.durationMillis());
        return result;
    }

    @Override
    public void exportCsv(OutputStream out) throws IOException {
        reader();
        csvExport.write(out);
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

    /** Any role may read; fails closed when no tenant is bound. */
    private TenantPrincipal reader() {
        return context.require();
    }

    /** Changing the catalog needs admin, whoever calls (REST checks the same with {@code @RolesAllowed}). */
    private TenantPrincipal admin() {
        return context.require().requireRole(Role.ADMIN);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
