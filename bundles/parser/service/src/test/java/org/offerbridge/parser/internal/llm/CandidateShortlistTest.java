package org.offerbridge.parser.internal.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.Product;

class CandidateShortlistTest {

    private static Map<String, Product> catalog(int fillers) {
        Map<String, Product> bySku = new LinkedHashMap<>();
        for (int i = 0; i < fillers; i++) {
            Product p = LlmParsingTest.product(String.format("FILL-%04d", i), "Garden hose " + i, "pcs", "hose");
            bySku.put(p.sku(), p);
        }
        for (Product p : List.of(LlmParsingTest.product("HB-M8-40", "M8 hex bolt 40mm", "pcs", "hex bolt M8x40"),
                LlmParsingTest.product("WASH-M8", "M8 washer", "pcs", "flat washer"),
                LlmParsingTest.product("TAPE-PVC", "PVC insulation tape", "roll", "electrical tape"))) {
            bySku.put(p.sku(), p);
        }
        return bySku;
    }

    private static List<String> skus(List<Product> products) {
        return products.stream().map(Product::sku).toList();
    }

    @Test
    void aSmallCatalogIsOfferedWhole() {
        assertEquals(53, CandidateShortlist.select("anything", catalog(50), List.of(), 150).size());
    }

    @Test
    void aLargeCatalogIsCutToTheBuiltInMatchesAndTheProductsSharingWords() {
        List<String> chosen = skus(CandidateShortlist.select("need 200 washers and some bolts, also tape", catalog(5000),
                List.of("TAPE-PVC"), 150));
        assertEquals("TAPE-PVC", chosen.get(0), "the built-in parser's matches come first");
        assertTrue(chosen.contains("WASH-M8"), "washers finds washer by prefix");
        assertTrue(chosen.contains("HB-M8-40"), "bolts finds bolt by prefix");
        assertEquals(3, chosen.size(), "unrelated products stay out: " + chosen);
    }

    @Test
    void theCapHolds() {
        assertEquals(10, CandidateShortlist.select("garden hose please", catalog(5000), List.of(), 10).size());
        assertEquals(List.of("HB-M8-40"), skus(CandidateShortlist.select("x", catalog(5000), List.of("HB-M8-40", "WASH-M8"), 1)));
    }
}
