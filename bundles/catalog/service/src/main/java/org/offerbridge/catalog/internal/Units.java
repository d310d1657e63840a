package org.offerbridge.catalog.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The units a product may be sold in, with the spellings sellers commonly put in their spreadsheets.
 * Units are canonical codes so that quotes, the parser and pack conversions agree on them.
 */
public final class Units {
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("pcs", "pcs"), Map.entry("pc", "pcs"), Map.entry("piece", "pcs"), Map.entry("pieces", "pcs"),
            Map.entry("ea", "pcs"), Map.entry("each", "pcs"), Map.entry("nos", "pcs"), Map.entry("no", "pcs"),
            Map.entry("unit", "pcs"), Map.entry("units", "pcs"), Map.entry("stk", "pcs"), Map.entry("шт", "pcs"),
            Map.entry("kg", "kg"), Map.entry("kgs", "kg"), Map.entry("kilo", "kg"), Map.entry("кг", "kg"),
            Map.entry("g", "g"), Map.entry("gm", "g"), Map.entry("gram", "g"), Map.entry("t", "t"), Map.entry("ton", "t"),
            Map.entry("m", "m"), Map.entry("mtr", "m"), Map.entry("meter", "m"), Map.entry("metre", "m"), Map.entry("м", "m"),
            Map.entry("cm", "cm"), Map.entry("mm", "mm"), Map.entry("km", "km"),
            Map.entry("m2", "m2"), Map.entry("sqm", "m2"), Map.entry("m²", "m2"), Map.entry("sqft", "sqft"),
            Map.entry("m3", "m3"), Map.entry("cbm", "m3"), Map.entry("m³", "m3"),
            Map.entry("l", "l"), Map.entry("ltr", "l"), Map.entry("litre", "l"), Map.entry("liter", "l"), Map.entry("л", "l"),
            Map.entry("ml", "ml"),
            Map.entry("box", "box"), Map.entry("pack", "pack"), Map.entry("pkt", "pack"), Map.entry("packet", "pack"),
            Map.entry("roll", "roll"), Map.entry("set", "set"), Map.entry("pair", "pair"), Map.entry("pr", "pair"),
            Map.entry("sheet", "sheet"), Map.entry("ream", "ream"), Map.entry("bag", "bag"), Map.entry("bottle", "bottle"),
            Map.entry("can", "can"), Map.entry("carton", "carton"), Map.entry("ctn", "carton"), Map.entry("pallet", "pallet"),
            Map.entry("dozen", "dozen"), Map.entry("doz", "dozen"), Map.entry("coil", "coil"), Map.entry("drum", "drum"),
            Map.entry("tube", "tube"), Map.entry("hour", "hour"), Map.entry("h", "hour"), Map.entry("day", "day"),
            Map.entry("service", "service"), Map.entry("lot", "lot"));

    private Units() {
    }

    /** The canonical code for a spelling, e.g. "Nos" → "pcs"; empty for a unit we do not know. */
    public static Optional<String> canonical(String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        String key = spelling.strip().toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return Optional.ofNullable(SPELLINGS.get(key));
    }

    /** The canonical codes, sorted: for error messages and pickers. */
    public static Set<String> codes() {
        return new TreeSet<>(SPELLINGS.values());
    }
}
