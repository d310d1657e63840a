package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small hand-made catalogs and assertion helpers shared by the feature tests. */
final class Fixtures {
    private Fixtures() {}

    static final RequestParser P = new RequestParser();

    static final CatalogIndex SHOP = CatalogIndex.build(List.of(
            new CatalogItem("TS-RD-M", "Cotton T-shirt, red, size M", List.of(), "pcs"),
            new CatalogItem("TS-RD-L", "Cotton T-shirt, red, size L", List.of(), "pcs"),
            new CatalogItem("TS-BL-L", "Cotton T-shirt, blue, size L", List.of(), "pcs"),
            new CatalogItem("CHAIR", "Office chair", List.of(), "pcs"),
            new CatalogItem("MIXER", "Stand mixer", List.of(), "pcs"),
            new CatalogItem("TIE", "Cable tie 200 mm, pack of 100", List.of("cable tie"), "pack"),
            new CatalogItem("TUBE", "LED tube light 20 W", List.of("tubelight"), "pcs"),
            new CatalogItem("SOCKS", "Socks, pack of 3 pairs", List.of("socks"), "pack"),
            new CatalogItem("B-M8-40", "Hex bolt M8x40", List.of(), "pcs"),
            new CatalogItem("B-M8-60", "Hex bolt M8x60", List.of(), "pcs")));

    static final CatalogIndex RU = CatalogIndex.build(List.of(
            new CatalogItem("STUL", "Стул деревянный", List.of(), "pcs"),
            new CatalogItem("STOL", "Стол обеденный", List.of(), "pcs"),
            new CatalogItem("UNITAZ", "Унитаз-компакт белый", List.of(), "pcs"),
            new CatalogItem("SIFON", "Сифон для раковины", List.of(), "pcs"),
            new CatalogItem("KRAN-15", "Кран шаровой 1/2 дюйма", List.of(), "pcs"),
            new CatalogItem("SHT-KR", "Штора красная", List.of(), "pcs"),
            new CatalogItem("SHT-SN", "Штора синяя", List.of(), "pcs")));

    static final CatalogIndex EU = CatalogIndex.build(List.of(
            new CatalogItem("BRETT-RT", "Schneidebrett rot", List.of("planche rouge", "tabla roja"), "pcs"),
            new CatalogItem("BRETT-BL", "Schneidebrett blau", List.of("planche bleue", "tabla azul"), "pcs"),
            new CatalogItem("TOPF", "Kochtopf 20 cm", List.of("casserole", "olla"), "pcs"),
            new CatalogItem("PFANNE", "Bratpfanne 28 cm", List.of("poêle", "sartén"), "pcs")));

    static final CatalogIndex IN = CatalogIndex.build(List.of(
            new CatalogItem("FAN", "Ceiling fan", List.of("पंखा"), "pcs"),
            new CatalogItem("BULB", "LED bulb 9 W", List.of("एलईडी बल्ब"), "pcs"),
            new CatalogItem("WIRE-RD", "Copper wire red 90 m coil", List.of("लाल तार"), "roll"),
            new CatalogItem("WIRE-GN", "Copper wire green 90 m coil", List.of("हरा तार"), "roll")));

    /** An office-supplies catalog for the generalisation tests (model numbers, capacities, packs by content). */
    static final CatalogIndex OFFICE = CatalogIndex.build(List.of(
            new CatalogItem("UPS-800", "ИБП 800 ВА", List.of("бесперебойник 800"), "pcs"),
            new CatalogItem("UPS-1500", "ИБП 1500 ВА", List.of("бесперебойник 1500"), "pcs"),
            new CatalogItem("SD-32", "Карта памяти microSD 32 ГБ", List.of(), "pcs"),
            new CatalogItem("SD-64", "Карта памяти microSD 64 ГБ", List.of(), "pcs"),
            new CatalogItem("MOUSE", "Мышка оптическая", List.of(), "pcs"),
            new CatalogItem("SOAP-5", "Liquid soap refill, 5 l canister", List.of(), "pcs"),
            new CatalogItem("SOAP-1", "Liquid soap, 1 l pump bottle", List.of(), "pcs"),
            new CatalogItem("PEN-BL", "Ballpoint pen blue", List.of(), "pcs"),
            new CatalogItem("STAPLE-5", "Staples 24/6, box of 1000", List.of("staples"), "box"),
            new CatalogItem("RICE-25", "Sona masoori rice, 25 kg bag", List.of("chawal"), "pcs"),
            new CatalogItem("SUGAR", "Sugar, loose", List.of("cheeni"), "kg"),
            new CatalogItem("TEA-250", "Tea leaves, 250 g packet", List.of("chai patti"), "pack"),
            new CatalogItem("HOSE-30", "Garden hose roll of 30 m", List.of(), "roll"),
            new CatalogItem("DISPLAY-24", "Monitor 24 inch", List.of(), "pcs"),
            new CatalogItem("DISPLAY-27", "Monitor 27 inch", List.of(), "pcs"),
            new CatalogItem("CARTRIDGE-12", "Toner cartridge 12 series", List.of(), "pcs"),
            new CatalogItem("CARTRIDGE-15", "Toner cartridge 15 series", List.of(), "pcs")));

    static Map<String, BigDecimal> lines(String text, CatalogIndex ix) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (ParsedLine l : P.parse(text, ix).lines()) {
            m.put(l.sku(), l.quantity().stripTrailingZeros());
            assertTrue(l.confidence() >= 0 && l.confidence() <= 1);
        }
        return m;
    }

    static Map<String, BigDecimal> q(Object... kv) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], new BigDecimal(kv[i + 1].toString()).stripTrailingZeros());
        return m;
    }
}
