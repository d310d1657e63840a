package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.ImportResult;

class ImportTallyTest {

    private static CatalogCsvReader.Rejected rejected(long line, CatalogCsvReader.Problem p) {
        return new CatalogCsvReader.Rejected(new ImportResult.LineError(line, "f", "m"), p);
    }

    @Test
    void summaryGroupsProblemsByKindWithTheirLines() {
        ImportTally t = new ImportTally();
        t.reject(rejected(7, CatalogCsvReader.Problem.DUPLICATE_SKU));
        t.reject(rejected(9, CatalogCsvReader.Problem.DUPLICATE_SKU));
        t.reject(rejected(12, CatalogCsvReader.Problem.NEGATIVE_PRICE));
        assertEquals("Catalog import skipped 3 lines: 2 duplicate SKUs (lines 7, 9); 1 negative price (line 12)", t.summary());
    }

    @Test
    void longRunsAreCutButCountedAndTheListIsBounded() {
        ImportTally t = new ImportTally();
        for (int i = 0; i < 1500; i++) {
            t.reject(rejected(i + 2, CatalogCsvReader.Problem.UNKNOWN_UNIT));
        }
        assertEquals(1500, t.errorCount);
        assertEquals(ImportResult.MAX_LISTED_ERRORS, t.errors.size());
        assertEquals("Catalog import skipped 1500 lines: 1500 unknown units (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …)", t.summary());
    }
}
