package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.ProductOption;

class CatalogCsvImportTest {
    private static final ProductOption SIZE = new ProductOption("Size", List.of(new ProductOption.Value("M", null)));
    private static final ProductValues STORED = new ProductValues("HB-1", "Hex bolt", "Zinc plated", "pcs", new BigDecimal("4.5"),
            "INR", new BigDecimal("18"), new BigDecimal("1200"), List.of("bolt 40"), false, List.of(SIZE));

    private static CsvRow row(boolean optionalColumns) {
        return new CsvRow(2, "HB-1", "Hex bolt 40 mm", null, optionalColumns, "pcs", new BigDecimal("4.2"), null, null,
                optionalColumns, null, optionalColumns, List.of(), optionalColumns, null, List.of(), optionalColumns);
    }

    @Test
    void columnsAbsentFromTheFileKeepTheStoredValues() {
        assertEquals(new ProductValues("HB-1", "Hex bolt 40 mm", "Zinc plated", "pcs", new BigDecimal("4.2"), "INR",
                new BigDecimal("18"), new BigDecimal("1200"), List.of("bolt 40"), false, List.of(SIZE)), CatalogCsvImport.merge(row(false), STORED, "INR"));
    }

    @Test
    void emptyCellsOfPresentColumnsClearAndANewProductIsActive() {
        assertEquals(new ProductValues("HB-1", "Hex bolt 40 mm", null, "pcs", new BigDecimal("4.2"), "INR", null, null, List.of(), false, List.of()),
                CatalogCsvImport.merge(row(true), STORED, "INR"));
        assertEquals(new ProductValues("HB-1", "Hex bolt 40 mm", null, "pcs", new BigDecimal("4.2"), "EUR", null, null, List.of(), true, List.of()),
                CatalogCsvImport.merge(row(false), null, "EUR"));
    }
}
