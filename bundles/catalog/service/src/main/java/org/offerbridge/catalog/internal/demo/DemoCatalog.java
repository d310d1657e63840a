package org.offerbridge.catalog.internal.demo;

import java.math.BigDecimal;
import java.util.List;

import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.catalog.api.ProductOption;

/**
 * The demo workspace's catalog: industrial hardware with English names and aliases in German and Hindi (Latin and
 * Devanagari), so the example requests in several languages find their products. A few carry options (glove sizes,
 * paint finish and shade, chain finish), some with a price difference, for the request-for-quote form.
 */
public final class DemoCatalog {
    private DemoCatalog() {
    }

    public record Item(String sku, String name, String unit, String price, String taxRate, int stock, List<String> aliases,
            List<ProductOption> options) {
        public Item(String sku, String name, String unit, String price, String taxRate, int stock, List<String> aliases) {
            this(sku, name, unit, price, taxRate, stock, aliases, List.of());
        }

        public ProductDraft draft(String currency) {
            return new ProductDraft(sku, name, null, unit, new BigDecimal(price), currency, new BigDecimal(taxRate),
                    BigDecimal.valueOf(stock), aliases, Boolean.TRUE, false, false, options);
        }
    }

    /** An option whose values are written "Value" or "Value:+12.50" (the price difference after the colon). */
    private static ProductOption option(String name, String... values) {
        return new ProductOption(name, java.util.Arrays.stream(values).map(v -> {
            int at = v.indexOf(':');
            return at < 0 ? new ProductOption.Value(v, null) : new ProductOption.Value(v.substring(0, at), new BigDecimal(v.substring(at + 1)));
        }).toList());
    }

    public static final List<Item> ITEMS = List.of(
            new Item("BLT-M6-30", "Hex bolt M6x30 zinc plated", "pcs", "2.80", "18", 5000, List.of("M6x30 bolt", "Sechskantschraube M6x30", "हेक्स बोल्ट M6")),
            new Item("BLT-M8-40", "Hex bolt M8x40 zinc plated", "pcs", "4.50", "18", 3200, List.of("M8x40 bolt", "Sechskantschraube M8x40", "हेक्स बोल्ट M8")),
            new Item("BLT-M10-50", "Hex bolt M10x50 zinc plated", "pcs", "7.20", "18", 1800, List.of("M10x50 bolt", "Sechskantschraube M10x50", "हेक्स बोल्ट M10")),
            new Item("HN-M8", "Hex nut M8", "pcs", "1.10", "18", 9000, List.of("nut M8", "Sechskantmutter M8", "नट M8")),
            new Item("HN-M10", "Hex nut M10", "pcs", "1.60", "18", 6000, List.of("nut M10", "Sechskantmutter M10", "नट M10")),
            new Item("WS-M8", "Flat washer M8", "pcs", "0.40", "18", 12000, List.of("washer M8", "Unterlegscheibe M8", "वॉशर M8")),
            new Item("WS-M10", "Flat washer M10", "pcs", "0.55", "18", 10000, List.of("washer M10", "Unterlegscheibe M10", "वॉशर M10")),
            new Item("SC-WD-4x40", "Wood screw 4x40 box of 200", "box", "180.00", "18", 240, List.of("wood screws", "Holzschrauben 4x40", "लकड़ी पेंच")),
            new Item("PVC-TAPE-BL", "PVC insulation tape blue 19mm", "roll", "18.00", "18", 1500, List.of("blue tape", "Isolierband blau", "नीला टेप")),
            new Item("PVC-TAPE-BK", "PVC insulation tape black 19mm", "roll", "18.00", "18", 1400, List.of("black tape", "Isolierband schwarz", "काला टेप")),
            new Item("DT-48", "Duct tape silver 48mm x 25m", "roll", "145.00", "18", 600, List.of("duct tape", "Gewebeband", "डक्ट टेप")),
            new Item("CB-25-RD", "Copper cable 2.5 sq mm red", "m", "32.00", "18", 8000, List.of("2.5mm wire red", "Kupferkabel 2,5 rot", "तार लाल")),
            new Item("CB-25-BK", "Copper cable 2.5 sq mm black", "m", "32.00", "18", 8000, List.of("2.5mm wire black", "Kupferkabel 2,5 schwarz", "तार काला")),
            new Item("CB-40-GN", "Earthing cable 4 sq mm green", "m", "51.00", "18", 4000, List.of("earth wire", "Erdungskabel 4", "अर्थिंग तार")),
            new Item("PP-20", "PVC pipe 20mm", "m", "38.00", "18", 3000, List.of("pipe 20mm", "PVC-Rohr 20 mm", "पाइप 20")),
            new Item("PP-25", "PVC pipe 25mm", "m", "49.00", "18", 2500, List.of("pipe 25mm", "PVC-Rohr 25 mm", "पाइप 25")),
            new Item("GI-PIPE-1", "Galvanised iron pipe 1 inch", "m", "310.00", "18", 700, List.of("GI pipe", "verzinktes Rohr 1 Zoll", "जीआई पाइप")),
            new Item("BV-HALF", "Brass ball valve 1/2 inch", "pcs", "265.00", "18", 420, List.of("ball valve", "Kugelhahn 1/2", "बॉल वाल्व")),
            new Item("GL-NIT-M", "Nitrile gloves size M box of 100", "box", "390.00", "12", 350, List.of("nitrile gloves", "Nitrilhandschuhe M", "दस्ताने")),
            new Item("GL-LTH", "Leather work gloves", "pair", "120.00", "12", 800, List.of("work gloves", "Arbeitshandschuhe Leder", "चमड़े के दस्ताने"),
                    List.of(option("Size", "S", "M", "L", "XL:+10.00"))),
            new Item("HM-WH", "Safety helmet white", "pcs", "240.00", "18", 300, List.of("hard hat", "Schutzhelm weiß", "हेलमेट")),
            new Item("SG-CLR", "Safety goggles clear", "pcs", "95.00", "18", 500, List.of("goggles", "Schutzbrille", "चश्मा")),
            new Item("DR-HSS-8", "HSS drill bit 8mm", "pcs", "85.00", "18", 700, List.of("drill bit 8mm", "Bohrer 8 mm", "ड्रिल बिट 8")),
            new Item("CD-115", "Cutting disc 115mm", "pcs", "42.00", "18", 2000, List.of("cutting wheel", "Trennscheibe 115", "कटिंग डिस्क")),
            new Item("GD-115", "Angle grinder 115mm 850W", "pcs", "3250.00", "18", 40, List.of("grinder", "Winkelschleifer", "ग्राइंडर")),
            new Item("PT-WH-20", "Enamel paint white 20 l", "drum", "5400.00", "18", 60, List.of("white paint", "Lack weiß", "सफेद पेंट"),
                    List.of(option("Finish", "Gloss", "Satin", "Matt:+150.00"), option("Shade", "Pure white", "Off-white", "Ivory:+80.00"))),
            new Item("PR-RED-4", "Red oxide primer 4 l", "can", "820.00", "18", 150, List.of("primer", "Rostschutzgrundierung", "प्राइमर")),
            new Item("LB-GR-1", "Lithium grease 1 kg", "can", "360.00", "18", 220, List.of("grease", "Schmierfett", "ग्रीस")),
            new Item("CH-6", "Galvanised chain 6mm", "m", "140.00", "18", 900, List.of("chain 6mm", "Kette 6 mm", "चेन"),
                    List.of(option("Finish", "Hot-dip galvanised", "Electro-galvanised:-12.00"))),
            new Item("LD-AL-6", "Aluminium ladder 6 steps", "pcs", "4800.00", "18", 25, List.of("ladder", "Leiter 6 Stufen", "सीढ़ी")),
            new Item("PD-A4", "Copier paper A4 80 gsm ream", "ream", "310.00", "12", 400, List.of("A4 paper", "Kopierpapier A4", "कागज़ A4")));
}
