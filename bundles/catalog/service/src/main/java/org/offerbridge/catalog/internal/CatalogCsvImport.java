package org.offerbridge.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offerbridge.catalog.api.ImportProgress;
import org.offerbridge.catalog.api.ImportResult;

/**
 * One CSV import: streams the file through {@link CatalogCsvReader} and upserts its valid lines by SKU in batches,
 * all in one transaction, so a fatal problem (or a dry run) applies nothing. Columns absent from the file keep the
 * stored values; present but empty cells clear them.
 */
final class CatalogCsvImport {
    private final ProductStore store;

    CatalogCsvImport(ProductStore store) {
        this.store = store;
    }

    /**
     * Imports {@code csv}; {@code fallbackCurrency} (may be null) is the currency of a new product whose line has
     * none. Returns what was done, or for a dry run what would have been.
     */
    ImportTally run(InputStream csv, boolean dryRun, ImportProgress progress, String fallbackCurrency) throws IOException {
        CountingInputStream counted = new CountingInputStream(csv);
        // Strict UTF-8: a file saved in another encoding is refused rather than imported with broken names.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CatalogCsvReader reader = new CatalogCsvReader(new InputStreamReader(counted, decoder));
        ImportTally tally = new ImportTally();
        try {
            store.importing(upserts -> {
                List<CsvRow> batch = new ArrayList<>(ProductStore.BATCH);
                reader.read(row -> {
                    batch.add(row);
                    if (batch.size() == ProductStore.BATCH) {
                        apply(upserts, batch, tally, fallbackCurrency);
                        progress.progress(tally.rows, counted.count());
                    }
                }, tally::reject);
                apply(upserts, batch, tally, fallbackCurrency);
                progress.progress(tally.rows, counted.count());
                if (tally.imported + tally.updated > 0) {
                    upserts.bumpRevision();
                }
                if (dryRun) {
                    throw new DryRunRollback();
                }
                return null;
            });
        } catch (DryRunRollback expected) {
            // the transaction was rolled back on purpose: a dry run reports what would happen
        }
        return tally;
    }

    /** Upserts one batch: one query finds the batch's stored SKUs, then the batch is written out. */
    private static void apply(ProductStore.Upserts upserts, List<CsvRow> batch, ImportTally tally, String fallbackCurrency) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, ProductValues> stored = upserts.find(batch.stream().map(r -> ProductRules.skuKey(r.sku())).toList());
        for (CsvRow row : batch) {
            tally.rows++;
            ProductValues current = stored.get(ProductRules.skuKey(row.sku()));
            String currency = row.currency() != null ? row.currency() : current == null ? fallbackCurrency : current.currency();
            if (currency == null) {
                tally.reject(new CatalogCsvReader.Rejected(new ImportResult.LineError(row.line(), "currency",
                        "currency is required for a new product (the workspace has no currency set)"), CatalogCsvReader.Problem.OTHER));
                continue;
            }
            if (upserts.put(merge(row, current, currency))) {
                tally.imported++;
            } else {
                tally.updated++;
            }
        }
        upserts.endBatch();
        batch.clear();
    }

    /** The line's values over the stored ones ({@code current}, null for a new product). */
    static ProductValues merge(CsvRow row, ProductValues current, String currency) {
        boolean isNew = current == null;
        return new ProductValues(row.sku(), row.name(),
                row.hasDescription() || isNew ? row.description() : current.description(),
                row.unit(), row.price(), currency,
                row.hasTaxRate() || isNew ? row.taxRate() : current.taxRate(),
                row.hasStock() || isNew ? row.stock() : current.stock(),
                row.hasAliases() || isNew ? row.aliases() : current.aliases(),
                row.active() != null ? row.active() : isNew || current.active(),
                row.hasOptions() || isNew ? row.options() : current.options());
    }

    /** Thrown inside the transaction so that a dry run rolls everything back. */
    private static final class DryRunRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DryRunRollback() {
            super(null, null, false, false);
        }
    }
}
