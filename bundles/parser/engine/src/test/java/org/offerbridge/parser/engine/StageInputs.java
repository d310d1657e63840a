package org.offerbridge.parser.engine;

import java.util.ArrayList;
import java.util.List;

/** A small made-up catalog and the pipeline's intermediate values for the stage tests (no pre-cleaning, no SKUs). */
final class StageInputs {
    private StageInputs() {}

    static final CatalogIndex TOOLS = CatalogIndex.build(List.of(
            new CatalogItem("HAM", "Claw hammer", List.of(), "pcs"),
            new CatalogItem("SAW", "Hand saw", List.of(), "pcs"),
            new CatalogItem("MUG-RD", "Enamel mug red", List.of(), "pcs"),
            new CatalogItem("MUG-BL", "Enamel mug blue", List.of(), "pcs"),
            new CatalogItem("BIT8", "Drill bit 8", List.of(), "pcs"),
            new CatalogItem("BIT10", "Drill bit 10", List.of(), "pcs"),
            new CatalogItem("NUT6", "Hex nut M6", List.of(), "pcs"),
            new CatalogItem("NUT10", "Hex nut M10", List.of(), "pcs"),
            new CatalogItem("GLOVE", "Nitrile gloves, box of 100", List.of(), "box"),
            new CatalogItem("ROPE", "Nylon rope", List.of(), "m"),
            new CatalogItem("CEMENT", "Cement, 25 kg bag", List.of(), "pcs"),
            new CatalogItem("HOSE", "Hose couple", List.of(), "pcs")));

    static CatalogIndex.Entry entry(String sku) {
        return TOOLS.entries.stream().filter(e -> e.item.sku().equals(sku)).findFirst().orElseThrow();
    }

    static NumberRoles roles(String text) {
        String lang = Lang.detect(text);
        return new NumberRoles(TOOLS, NumberWords.forLanguage(lang), Lang.latinStemLang(lang));
    }

    /** The whole text as one segment. */
    static Fragment fragment(String text) {
        return roles(text).read(new Segment(text, text, 0, 0, false));
    }

    static CatalogMatcher matcher() {
        return new CatalogMatcher(TOOLS, false);
    }

    static Mention mention(String text) {
        return matcher().match(fragment(text));
    }

    /** Every fragment of the text matched on its own. */
    static List<Mention> mentions(String text) {
        NumberRoles roles = roles(text);
        List<Mention> out = new ArrayList<>();
        for (Segment s : Segmenter.split(text, text)) out.add(matcher().match(roles.read(s)));
        return out;
    }

    static List<QuantifiedMention> quantified(String text) {
        return new Discourse(matcher()).resolve(mentions(text));
    }
}
