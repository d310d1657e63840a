package org.offerbridge.catalog.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The catalog of the tenant bound in the platform's RequestContext. Every method fails closed when no
 * tenant is bound; nothing here can reach another tenant's products. Reading needs any role; creating, changing,
 * deleting and importing need {@code admin} (a 403 {@code ProblemException} otherwise, whoever calls). A value that
 * breaks a rule is a 400 {@code ProblemException} naming the field, with a message key for translated display.
 */
@ProviderType
public interface CatalogService {

    /** Products ordered by SKU after {@code afterSku} (exclusive, may be null) matching {@code query}. */
    List<Product> search(String query, Boolean active, String afterSku, int limit);

    /** The same matches by position, for screens that page with an offset (a lazy grid). */
    List<Product> page(String query, Boolean active, int offset, int limit);

    /** How many products match {@code query} (null: all) and {@code active} (null: either). */
    long count(String query, Boolean active);

    Optional<Product> get(String id);

    Optional<Product> bySku(String sku);

    long count();

    /** The unit codes a product may use ("pcs", "kg", "m", ...), sorted. */
    java.util.SortedSet<String> units();

    /**
     * The currency a new product gets when none is given: the workspace's currency, else the one most of the
     * catalog uses, else EUR.
     */
    String defaultCurrency();

    /**
     * A number that changes whenever anything in the bound tenant's catalog changes: callers that keep a
     * derived index (the request parser) rebuild it when it moves.
     */
    long revision();

    /** Creates a product; a taken SKU (compared without regard to case) is a 409 {@code ProblemException} naming "sku". */
    Product create(ProductDraft draft);

    /** Changes a product; empty when the bound tenant has no such product. */
    Optional<Product> update(String id, ProductDraft changes);

    boolean delete(String id);

    /** The unit price for {@code quantity} of {@code sku}, from the price list (may be null) and its rules. */
    Optional<PriceQuote> price(String sku, BigDecimal quantity, String priceListId);

    /**
     * Unit prices for several SKUs at once (SKU → quantity), in one transaction; SKUs the catalog lacks are
     * left out of the answer.
     */
    java.util.Map<String, PriceQuote> prices(java.util.Map<String, BigDecimal> quantities, String priceListId);

    /**
     * Imports a CSV with header {@code sku,name,aliases,unit,price,currency,stock} (extra columns
     * {@code tax_rate}, {@code description}, {@code active} understood, others ignored), upserting by SKU.
     * The file is streamed; the whole import is one transaction, so a fatal problem applies nothing.
     *
     * @throws CatalogImportException when the file cannot be imported at all
     */
    ImportResult importCsv(InputStream csv, boolean dryRun, ImportProgress progress) throws IOException;

    /** Writes the catalog as CSV in the import format, streamed in SKU order. */
    void exportCsv(OutputStream out) throws IOException;
}
