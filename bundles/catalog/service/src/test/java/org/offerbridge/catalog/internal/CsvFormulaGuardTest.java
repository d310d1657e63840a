package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductOption;

class CsvFormulaGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x.example\";\"click\")|'=HYPERLINK(\"http://x.example\";\"click\")",
            "+1+2|'+1+2",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "'=1|''=1",
            "plain|plain",
            "it's|it's",
            "a=b|a=b",
    })
    void formulaCellsGetAQuote(String value, String exported) {
        assertEquals(exported, CsvFormulaGuard.neutralise(value));
    }

    @Test
    void tabAndCarriageReturnAreTriggersToo() {
        assertEquals("'\tcmd", CsvFormulaGuard.neutralise("\tcmd"));
        assertEquals("'\rcmd", CsvFormulaGuard.neutralise("\rcmd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+x", "-x", "@x", "\tx", "\rx", "'=x", "''@x", "'", "'plain", "''", "plain", ""})
    void restoreUndoesNeutralise(String value) {
        assertEquals(value, CsvFormulaGuard.restore(CsvFormulaGuard.neutralise(value)));
    }

    @Test
    void aHandWrittenQuoteBeforeAFormulaCharacterIsTakenOff() {
        assertEquals("-5 mm washer", CsvFormulaGuard.restore("'-5 mm washer"));
        assertEquals("'plain", CsvFormulaGuard.restore("'plain"));
    }

    @Test
    void anExportIsNeutralisedAndImportsBackToTheSameValues() throws IOException {
        Product p = new Product("p1", "-SKU-1", "=HYPERLINK(\"http://evil.example\";\"Click\")", "@cmd|calc", "pcs",
                new BigDecimal("12.50"), "EUR", new BigDecimal("18"), new BigDecimal("7"), List.of("=alias", "plain alias"),
                true, null, null, List.of(new ProductOption("+Extra", List.of(new ProductOption.Value("Yes", new BigDecimal("5"))))));
        ProductStore store = mock(ProductStore.class);
        doAnswer(inv -> {
            Consumer<Product> row = inv.getArgument(0);
            row.accept(p);
            return null;
        }).when(store).forEachInSkuOrder(any());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogCsvExport(store).write(out);
        String csv = out.toString(StandardCharsets.UTF_8);

        String line = csv.split("\n")[1];
        assertEquals("'-SKU-1,\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Click\"\")\",'=alias|plain alias,pcs,12.50,EUR,7,18,"
                + "'@cmd|calc,true,'+Extra=Yes(+5.00)", line);

        List<CsvRow> rows = new ArrayList<>();
        List<CatalogCsvReader.Rejected> rejected = new ArrayList<>();
        new CatalogCsvReader(new StringReader(csv)).read(rows::add, rejected::add);
        assertEquals(List.of(), rejected);
        CsvRow r = rows.get(0);
        assertEquals(p.sku(), r.sku());
        assertEquals(p.name(), r.name());
        assertEquals(p.aliases(), r.aliases());
        assertEquals(p.description(), r.description());
        assertEquals(new BigDecimal("12.5"), r.price().stripTrailingZeros());
        assertEquals(p.taxRate(), r.taxRate());
        assertEquals(p.stock(), r.stock());
        assertEquals(p.options(), r.options(), "the options cell too");
    }
}
