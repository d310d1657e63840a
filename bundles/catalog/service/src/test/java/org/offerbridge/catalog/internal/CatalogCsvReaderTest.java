package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.CatalogImportException;

class CatalogCsvReaderTest {
    private final List<CsvRow> rows = new ArrayList<>();
    private final List<CatalogCsvReader.Rejected> rejected = new ArrayList<>();

    private void read(String csv) throws IOException {
        read(new StringReader(csv));
    }

    private void read(Reader in) throws IOException {
        new CatalogCsvReader(in).read(rows::add, rejected::add);
    }

    @Test
    void readsTheDocumentedFormatWithAliasesAndQuotedCommas() throws IOException {
        read("sku,name,aliases,unit,price,currency,stock\n"
                + "HB-M8-40,\"M8 hex bolt, 40mm\",hex bolt 40|bolt m8x40,pcs,4.50,inr,1200\n");
        assertEquals(1, rows.size(), () -> rejected.toString());
        CsvRow r = rows.get(0);
        assertEquals("HB-M8-40", r.sku());
        assertEquals("M8 hex bolt, 40mm", r.name());
        assertEquals(List.of("hex bolt 40", "bolt m8x40"), r.aliases());
        assertEquals(new BigDecimal("4.5"), r.price());
        assertEquals("INR", r.currency());
        assertEquals(new BigDecimal("1200"), r.stock());
        assertEquals(2, rows.get(0).line());
    }

    @Test
    void columnsMayComeInAnyOrderWithExtrasAndAByteOrderMark() throws IOException {
        read("\uFEFFPrice,SKU,Name,Unit,colour,Tax Rate,currency\n12,A-1,Chair,piece,red,18,EUR\n");
        assertEquals(1, rows.size(), () -> rejected.toString());
        assertEquals("pcs", rows.get(0).unit());
        assertEquals(new BigDecimal("18"), rows.get(0).taxRate());
        assertTrue(rows.get(0).hasTaxRate());
        assertFalse(rows.get(0).hasStock(), "no stock column means: leave stock alone");
        assertNull(rows.get(0).stock());
    }

    @Test
    void badLinesAreReportedWithLineFieldAndKindWhileGoodLinesGoOn() throws IOException {
        read("sku,name,aliases,unit,price,currency,stock\n"
                + "A,Alpha,,pcs,1,EUR,\n"
                + "B,Beta,,pcs,abc,EUR,\n"
                + "C,Gamma,,pcs,-3,EUR,\n"
                + "D,Delta,,furlong,3,EUR,\n"
                + "a,Alpha again,,pcs,1,EUR,\n"
                + ",No sku,,pcs,1,EUR,\n"
                + "E,Epsilon,,pcs,2,EUR,5\n");
        assertEquals(List.of("A", "E"), rows.stream().map(CsvRow::sku).toList());
        assertEquals(5, rejected.size());
        assertEquals(3, rejected.get(0).error().line());
        assertEquals("price", rejected.get(0).error().field());
        assertEquals("price is not a number: 'abc'", rejected.get(0).error().message());
        assertEquals(CatalogCsvReader.Problem.NEGATIVE_PRICE, rejected.get(1).problem());
        assertEquals(CatalogCsvReader.Problem.UNKNOWN_UNIT, rejected.get(2).problem());
        assertEquals(CatalogCsvReader.Problem.DUPLICATE_SKU, rejected.get(3).problem());
        assertTrue(rejected.get(3).error().message().contains("first on line 2"), rejected.get(3).error().message());
        assertEquals("sku", rejected.get(4).error().field());
    }

    @Test
    void aMissingRequiredColumnIsFatal() {
        CatalogImportException e = assertThrows(CatalogImportException.class,
                () -> read("sku,name,aliases,currency,stock\nA,Alpha,,EUR,1\n"));
        assertEquals("header", e.field());
        assertTrue(e.getMessage().contains("unit, price"), e.getMessage());
    }

    @Test
    void anEmptyFileIsFatal() {
        assertThrows(CatalogImportException.class, () -> read(""));
    }

    @Test
    void brokenQuotingIsFatalAndNamesTheLine() {
        CatalogImportException e = assertThrows(CatalogImportException.class,
                () -> read("sku,name,unit,price,currency\nA,Alpha,pcs,1,EUR\nB,\"unterminated,pcs,1,EUR\n"));
        assertEquals("body", e.field());
    }

    @Test
    void blankLinesAreIgnoredAndEmptyAliasesClear() throws IOException {
        read("sku,name,aliases,unit,price,currency\n\nA,Alpha,,pcs,1,EUR\n,,,,,\n");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).hasAliases());
        assertEquals(List.of(), rows.get(0).aliases());
        assertTrue(rejected.isEmpty());
    }

    @Test
    void streamsAHundredThousandLinesWithoutHoldingThem() throws IOException {
        int n = 100_000;
        Reader generated = new Reader() {
            private int line = -1;
            private String current = "";
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                if (pos == current.length()) {
                    line++;
                    if (line > n) {
                        return -1;
                    }
                    current = line == 0 ? "sku,name,aliases,unit,price,currency,stock\n"
                            : "SKU-" + line + ",Product " + line + ",alias " + line + ",pcs," + line + ".25,EUR,3\n";
                    pos = 0;
                }
                int k = Math.min(len, current.length() - pos);
                current.getChars(pos, pos + k, buf, off);
                pos += k;
                return k;
            }

            @Override
            public void close() {
            }
        };
        long[] count = {0};
        new CatalogCsvReader(generated).read(r -> count[0]++, rejected::add);
        assertEquals(n, count[0]);
        assertTrue(rejected.isEmpty());
    }

    @Test
    void theOptionsColumnIsReadCheckedAndAnEmptyCellIsNone() throws IOException {
        read("sku,name,unit,price,options\n"
                + "GL-1,Gloves,pair,120,\"Size=S|M|L|XL(+10.00); Colour = Black\"\n"
                + "GL-2,Gloves,pair,120,\n"
                + "GL-3,Gloves,pair,120,Size=S|s\n"
                + "GL-4,Gloves,pair,120,Size=S(ten)\n");
        assertEquals(2, rows.size(), () -> rejected.toString());
        assertTrue(rows.get(0).hasOptions());
        assertEquals("Size", rows.get(0).options().get(0).name());
        assertEquals(new BigDecimal("10"), rows.get(0).options().get(0).values().get(3).priceDelta());
        assertEquals("Black", rows.get(0).options().get(1).values().get(0).value());
        assertEquals(List.of(), rows.get(1).options());
        assertEquals(2, rejected.size());
        assertEquals("options[0].values[1].value", rejected.get(0).error().field());
        assertEquals(4, rejected.get(0).error().line());
        assertEquals("options", rejected.get(1).error().field());
    }

    @Test
    void withoutAnOptionsColumnTheStoredOptionsStay() throws IOException {
        read("sku,name,unit,price\nA,Alpha,pcs,1\n");
        assertFalse(rows.get(0).hasOptions());
    }
}
