package org.offerbridge.parser.engine;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Product-domain vocabulary: units and their spellings, "dozen"-type idioms, colours and sides (attribute values),
 * request markers. Number words come from ICU RBNF spell-out rules; stop words from Lucene's analyzers.
 */
final class Lexicon {
    private Lexicon() {}

    enum Unit {
        PCS, BOX, PACK, ROLL, SET, PAIR, SHEET, M, KG, L, DOZEN, SIZE;
        boolean isPackage() { return this == BOX || this == PACK || this == ROLL || this == SET; }
        boolean isMeasure() { return this == M || this == KG || this == L; }
        static Unit ofCatalog(String u) {
            if (u == null) return PCS;
            switch (u.trim().toLowerCase()) {
                case "box": return BOX;
                case "pack": case "packet": case "ream": return PACK;
                case "roll": case "coil": return ROLL;
                case "set": case "kit": return SET;
                case "pair": return PAIR;
                case "sheet": return SHEET;
                case "m": case "meter": case "metre": return M;
                case "kg": return KG;
                case "l": case "litre": case "liter": return L;
                default: return PCS;
            }
        }
    }

    private static final Map<String, Unit> UNIT_EXACT = new HashMap<>();
    private static final Map<String, Unit> UNIT_PREFIX = new HashMap<>();

    private static void ex(Unit u, String... ws) { for (String w : ws) UNIT_EXACT.put(w, u); }
    private static void px(Unit u, String... ws) { for (String w : ws) UNIT_PREFIX.put(w, u); }

    static {
        ex(Unit.PCS, "pcs", "pc", "pce", "pces", "piece", "pieces", "nos", "no's", "nr", "units", "unit", "ea", "each",
                "шт", "штук", "штуки", "штука", "штуку", "штучки", "pièce", "pièces", "pieces", "pz", "stück", "stk", "st",
                "unidades", "unidad", "uds", "ud", "piezas", "pieza", "पीस", "नग", "piece", "pis", "nag", "length", "lengths",
                "पीसेस", "ex", "exemplaires");
        ex(Unit.BOX, "box", "boxes", "bx", "boîte", "boîtes", "boite", "boites", "кор", "schachtel", "schachteln",
                "caja", "cajas", "डिब्बा", "डिब्बे", "dabba", "dabbe", "carton", "cartons");
        px(Unit.BOX, "коробк", "коробок");
        ex(Unit.PACK, "pack", "packs", "packet", "packets", "pkt", "pkts", "paquet", "paquets", "уп", "упак", "packung",
                "packungen", "pack.", "paquete", "paquetes", "पैकेट", "पैक", "ream", "reams", "ramette", "ramettes", "packs",
                "paket", "pakete", "blister", "colis",
                // containers: a count of bags, bottles and cans is a count of the product that comes in them
                "bag", "bags", "बैग", "बोरी", "बोरे", "कट्टा", "कट्टे", "bori", "bora", "katta", "katte", "sack", "säcke",
                "saco", "sacos", "bolsa", "bolsas", "bidon", "bidons", "flacon", "flacons", "bottle", "bottles", "बोतल",
                "botella", "botellas", "flasche", "flaschen", "kanister", "canister", "canisters", "bucket", "buckets");
        px(Unit.PACK, "мешк", "мешок", "бутыл", "пляшк", "флакон", "каніст", "канист");
        px(Unit.PACK, "упаков", "пачк", "пачок");
        ex(Unit.ROLL, "roll", "rolls", "rouleau", "rouleaux", "rolle", "rollen", "rollo", "rollos", "रोल", "coil", "coils",
                "bobine", "bobines");
        px(Unit.ROLL, "рулон", "бухт");
        ex(Unit.SET, "set", "sets", "kit", "kits", "jeu", "jeux", "satz", "juego", "juegos", "सेट");
        px(Unit.SET, "комплект", "компл", "набор", "набір");
        ex(Unit.PAIR, "pair", "pairs", "paire", "paires", "paar", "par", "pares", "जोड़ी", "जोडी", "जोड़े", "jodi", "jori",
                "jode", "joda");
        px(Unit.PAIR, "пар");
        ex(Unit.SHEET, "sheet", "sheets", "feuille", "feuilles", "blatt", "hoja", "hojas");
        px(Unit.SHEET, "лист");
        ex(Unit.M, "m", "м", "meter", "meters", "metre", "metres", "mtr", "mtrs", "mètre", "mètres", "metro", "metros",
                "मीटर", "rm", "rmt");
        px(Unit.M, "метр", "метрів");
        ex(Unit.KG, "kg", "кг", "kgs", "kilo", "kilos", "किलो", "кило");
        px(Unit.KG, "килограм", "кілограм", "kilogram");
        ex(Unit.L, "l", "л", "litre", "litres", "liter", "liters", "liter", "litro", "litros", "लीटर", "ltr", "ltrs");
        px(Unit.L, "литр", "літр");
        ex(Unit.DOZEN, "dozen", "dozens", "doz", "douzaine", "douzaines", "dutzend", "docena", "docenas", "darjan", "दर्जन",
                "darzan", "dozan");
        px(Unit.DOZEN, "дюжин");
        ex(Unit.SIZE, "mm", "мм", "cm", "см", "inch", "inches", "in", "इंच", "inch", "pouce", "pouces", "zoll", "pulgada",
                "pulgadas", "g", "gr", "г", "гр", "gram", "grams", "gramm", "gramos", "w", "вт", "kw", "квт", "watt", "v",
                "volt", "ml", "мл", "mah", "amp", "amps", "a", "core", "sq", "sqmm", "mtr", "k", "dedh", "km", "ghz", "gb",
                "tb", "мп", "mp", "cl");
        px(Unit.SIZE, "дюйм", "ватт", "сантиметр", "миллиметр", "міліметр", "грам");
    }

    /** Alternation of the count-unit words (pieces and packages), for patterns over raw text. */
    static String unitWordsRegex() {
        StringBuilder b = new StringBuilder();
        UNIT_EXACT.entrySet().stream()
                .filter(e -> e.getValue() != Unit.SIZE && !e.getValue().isMeasure() && e.getKey().length() > 1)
                .map(Map.Entry::getKey).sorted((x, y) -> y.length() - x.length())
                .forEach(w -> b.append(b.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(w)));
        return b.toString();
    }

    /** Words for a quintal (100 kg), the usual weight unit of Indian agri-inputs. */
    static final Set<String> QUINTAL = Set.copyOf(List.of("quintal", "quintals", "qtl", "qtls", "क्विंटल", "कुंतल", "kuntal", "क्विंटल"));

    /** The unit a word denotes when it follows a number, or null. */
    static Unit unit(String w) {
        if (QUINTAL.contains(w)) return Unit.KG;
        Unit u = UNIT_EXACT.get(w);
        if (u != null) return u;
        if (w.endsWith(".")) return unit(w.substring(0, w.length() - 1));
        for (int n = Math.min(w.length(), 9); n >= 3; n--) {
            u = UNIT_PREFIX.get(w.substring(0, n));
            if (u != null) return u;
        }
        return null;
    }

    // ---------------------------------------------------------------- attribute values

    /** Colour families; words are stemmed with the same key function as catalog tokens. */
    static final List<List<String>> COLOURS = List.of(
            List.of("black", "noir", "noire", "schwarz", "negro", "negra", "черный", "чорний", "काला", "काली", "kala", "kaala", "kali"),
            List.of("white", "blanc", "blanche", "weiss", "weiß", "blanco", "blanca", "белый", "білий", "सफेद", "safed"),
            List.of("red", "rouge", "rot", "rojo", "roja", "красный", "червоний", "लाल", "lal", "laal"),
            List.of("blue", "bleu", "bleue", "blau", "azul", "синий", "синій", "नीला", "नीली", "neela", "nila", "neeli", "nili"),
            List.of("green", "vert", "verte", "grün", "verde", "зеленый", "зелений", "हरा", "हरी", "hara"),
            List.of("yellow", "jaune", "gelb", "amarillo", "amarilla", "желтый", "жовтий", "पीला", "peela"),
            List.of("grey", "gray", "gris", "grise", "grau", "серый", "сірий"),
            List.of("brown", "marron", "havane", "braun", "marrón", "коричневый", "коричневий"),
            List.of("beige", "бежевый", "бежевий"),
            List.of("pink", "rose", "rosa", "розовый", "рожевий"),
            List.of("orange", "naranja", "оранжевый", "помаранчевий"),
            List.of("silver", "argent", "silber", "plata", "серебристый", "сріблястий"),
            List.of("transparent", "transparente", "прозрачный", "прозорий"));

    /** Garment sizes, a product identity like colours ("red t-shirt L" is not "red t-shirt XL"). */
    private static final List<List<String>> GARMENT_SIZES = List.of(List.of("xxs"), List.of("xs"), List.of("s"),
            List.of("m"), List.of("l"), List.of("xl"), List.of("xxl", "2xl"), List.of("xxxl", "3xl"));
    private static final Map<String, Integer> GARMENT_SIZE = new HashMap<>();

    static {
        for (int f = 0; f < GARMENT_SIZES.size(); f++) for (String w : GARMENT_SIZES.get(f)) GARMENT_SIZE.put(w, f);
    }

    /** Words that announce a size ("Größe L", "taille M", "размер XL"). */
    static final Set<String> SIZE_WORDS = Set.of("size", "sizes", "größe", "grösse", "taille", "talla", "размер", "розмір",
            "साइज", "saiz", "sz");

    /** The garment size family of a normalised token, or null. */
    static Integer garmentSize(String w) { return GARMENT_SIZE.get(w); }

    /** Endings appended to attribute words so that their inflected forms get keys too ("rojos", "rote", "neeli"). */
    static final List<String> ATTRIBUTE_ENDINGS = List.of("", "s", "e", "es", "en", "er", "em", "a", "as", "os", "i");

    static final List<List<String>> SIDES = List.of(
            List.of("left", "gauche", "links", "linke", "linken", "izquierdo", "izquierda", "левый", "лівий", "बायां", "baya"),
            List.of("right", "droit", "droite", "rechts", "rechte", "rechten", "derecho", "derecha", "правый", "правий", "दायां", "daya"));

    /** Request markers (needs, wants, quotes, orders): a message without them and without quantities asks for nothing. */
    static final Set<String> MARKER_PREFIXES = Set.copyOf(List.of(
            "need", "want", "quote", "quotation", "order", "require", "send", "supply", "buy", "purchase", "price", "rate",
            "please", "pls", "plz", "kindly", "looking", "interested", "avail",
            "нуж", "над", "прош", "хоч", "хот", "интерес", "закаж", "заказ", "куп", "счет", "счёт", "цен", "есть", "выстав",
            "потріб", "треба", "хочу", "цікав", "замов", "рахун", "купи", "є",
            "voudr", "faudr", "besoin", "devis", "command", "avez", "faut", "svp", "souhait", "aimer", "merci de",
            "brauch", "bräucht", "benötig", "bestell", "angebot", "hätte", "haben", "bitte", "möcht", "suche",
            "necesit", "quier", "pedido", "pedir", "cotiz", "tien", "favor", "presupuest", "quisier",
            "chahiye", "chahie", "chaiye", "dena", "dedo", "bhejo", "bhej", "chahta", "mangta", "lena",
            "चाहिए", "भेज", "दीजिए", "दें", "दे", "चाहिये", "ज़रूरत", "जरूरत"));

    /** Words that distribute a following quantity over the items before it ("всё по 1 шт.", "1 each"). */
    static final Set<String> ALL_WORDS = Set.copyOf(List.of("все", "всё", "всего", "всі", "все", "усі", "all", "each", "tout", "tous",
            "chacun", "chaque", "alle", "jeweils", "je", "todo", "todos", "cada", "sab", "सब", "सभी", "по"));

    /** Correction markers inside a quantity ("200... no, 300"). */
    static final String CORRECTION =
            "(?:no|nope|sorry|oops|i mean|make it|rather|нет|ой|точнее|вернее|верней|ні|точніше|вірніше|non|pardon|plutôt|"
            + "nein|besser|lieber|perdón|perdon|perdona|perdone|disculpa|mejor|pero son|que sean|finalement|en fait|finalmente|"
            + "eigentlich|nahi|nahin|नहीं|matlab)";

    private static final Set<String> CORRECTION_WORDS = Set.of("no", "nope", "sorry", "oops", "make", "rather", "actually",
            "instead", "mean", "нет", "ой", "точнее", "вернее", "лучше", "ні", "точніше", "краще", "non", "pardon", "plutôt",
            "nein", "besser", "lieber", "statt", "perdón", "perdon", "mejor", "nahi", "nahin", "नहीं", "matlab",
            "perdona", "perdone", "disculpa", "sean", "finalement", "finalmente", "eigentlich",
            // hesitation fillers that come with a correction ("euh finalement 5")
            "euh", "äh", "ähm", "uh", "um", "эм");

    /** Words of a correction ("sorry, make it 6"): never an unknown product word. */
    static boolean isCorrectionWord(String w) { return CORRECTION_WORDS.contains(w); }

    private static final Set<String> HINGLISH_VERBS = Set.of("bhej", "de", "kar", "bata", "dikha", "la", "rakh", "bol", "dekh", "bhijwa");

    /** "bhej do", "de do": the imperative auxiliary "do", not the number two. */
    static boolean isHinglishAuxiliary(String prev, String w) { return w.equals("do") && HINGLISH_VERBS.contains(prev); }

    // ---------------------------------------------------------------- stop words

    static final Set<String> STOP = new HashSet<>();

    static {
        for (CharArraySet s : List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, FrenchAnalyzer.getDefaultStopSet(),
                GermanAnalyzer.getDefaultStopSet(), SpanishAnalyzer.getDefaultStopSet(), RussianAnalyzer.getDefaultStopSet(),
                HindiAnalyzer.getDefaultStopSet())) {
            for (Object o : s) STOP.add(new String((char[]) o));
        }
        // Ukrainian / Hinglish function words and message chatter that Lucene has no list for.
        STOP.addAll(List.of("і", "й", "та", "з", "із", "зі", "у", "в", "на", "до", "для", "по", "мені", "нам", "нас", "ще",
                "також", "а", "але", "це", "ці", "є", "чи", "як", "що", "від", "при", "про", "ваш", "ваші", "вас",
                "bhai", "ji", "aur", "ka", "ki", "ke", "ko", "hai", "hain", "bhi", "se", "mein", "me", "ek", "kya",
                "sir", "madam", "hi", "hello", "dear", "regards", "thanks", "thank", "pls", "please", "kindly", "bonjour",
                "merci", "svp", "cordialement", "hallo", "danke", "gruß", "grüße", "hola", "gracias", "saludos",
                "здравствуйте", "добрый", "день", "вечер", "спасибо", "доброго", "добрий", "дякую", "привіт", "привет",
                "पर", "का", "की", "के", "और", "में", "से", "को", "है", "हैं", "भी", "aussi", "also", "auch", "también", "тоже",
                "теж", "need", "needed", "want", "quote", "nos", "also", "pour", "per", "für", "para", "for", "il", "faut",
                "нужно", "нужен", "нужна", "нужны", "надо", "прошу", "хочу", "потрібно", "потрібні", "потрібен", "треба",
                "chahiye", "dena", "dedo", "bhejo", "चाहिए", "est", "es", "ist",
                "wala", "wale", "wali", "vala", "vale", "wla", "वाला", "वाले", "वाली",
                // closing formulas ("Mit freundlichen Grüßen", "С уважением")
                "grüßen", "freundlichen", "herzlichen", "liebe", "lieber", "mfg", "lg", "regards", "best", "kind", "warm",
                "atentamente", "cordiales", "cordialement", "salutations", "distinguées", "уважением", "повагою",
                "dhanyavad", "shukriya", "धन्यवाद", "शुक्रिया",
                // English pronouns and auxiliaries: Lucene's English set is minimal
                "we", "i", "you", "our", "us", "my", "me", "your", "have", "has", "do", "does", "can", "could", "would",
                "like", "any", "some", "get", "got", "am", "i'm", "we're",
                // form labels and table headers ("Qty:", "Cantidad: 3", "№ | Наименование | Кол-во", "Номер накладной")
                "qty", "quantity", "quantities", "cantidad", "quantité", "qté", "menge", "anzahl", "количество", "кол", "во",
                "кількість", "сть", "मात्रा", "description", "désignation", "designation", "bezeichnung", "descripción",
                "наименование", "найменування", "артикул", "item", "items", "product", "producto", "produit", "produkt",
                "товар", "номер", "number", "nummer", "numéro", "número", "nr", "№"));
    }

    static boolean isStop(String w) { return STOP.contains(w); }

    // ---------------------------------------------------------------- number words (ICU RBNF)

    private static final Map<String, Map<String, Integer>> NUMBER_WORDS = new HashMap<>();

    /** Romanised Hindi (Hinglish) has no ICU locale; these are the everyday spellings. */
    private static final Map<String, Integer> HINGLISH = Map.ofEntries(
            Map.entry("ek", 1), Map.entry("do", 2), Map.entry("teen", 3), Map.entry("tin", 3), Map.entry("char", 4),
            Map.entry("chaar", 4), Map.entry("paanch", 5), Map.entry("panch", 5), Map.entry("paach", 5),
            Map.entry("chhe", 6), Map.entry("chhah", 6), Map.entry("chah", 6), Map.entry("che", 6), Map.entry("saat", 7),
            Map.entry("sat", 7), Map.entry("aath", 8), Map.entry("ath", 8), Map.entry("nau", 9), Map.entry("das", 10), Map.entry("dus", 10), Map.entry("dass", 10),
            Map.entry("gyarah", 11), Map.entry("barah", 12), Map.entry("baarah", 12), Map.entry("pandrah", 15),
            Map.entry("bees", 20), Map.entry("bis", 20), Map.entry("pachas", 50), Map.entry("pachaas", 50),
            Map.entry("sau", 100), Map.entry("hazaar", 1000), Map.entry("hazar", 1000), Map.entry("dedh", 150),
            Map.entry("dhai", 250));

    static synchronized Map<String, Integer> numberWords(String lang) {
        return NUMBER_WORDS.computeIfAbsent(lang, Lexicon::buildNumberWords);
    }

    private static Map<String, Integer> buildNumberWords(String lang) {
        Map<String, Integer> m = new HashMap<>();
        if (lang.equals("hi-Latn")) { m.putAll(HINGLISH); return m; }
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(lang), RuleBasedNumberFormat.SPELLOUT);
        for (String rs : f.getRuleSetNames()) {
            if (!rs.startsWith("%spellout-cardinal") || rs.contains("verbose")) continue;
            for (int n = 1; n <= 100; n++) put(m, f.format(n, rs), n);
            for (int n = 200; n <= 1000; n += 100) put(m, f.format(n, rs), n);
            put(m, f.format(1000, rs), 1000);
        }
        if (lang.equals("en")) { m.put("a", 1); m.put("an", 1); m.put("couple", 2); m.putIfAbsent("ten", 10); }
        if (lang.equals("ru")) { m.put("пару", 2); m.put("пара", 2); m.put("пары", 2); m.put("одну", 1); m.put("полтора", 1);
            m.put("десяток", 10); m.put("десятка", 10); m.put("десятку", 10); m.put("пяток", 5); }
        if (lang.equals("uk")) { m.put("пару", 2); m.put("пара", 2); m.put("одну", 1); m.put("двох", 2); m.put("трьох", 3);
            m.put("чотирьох", 4); m.put("п'яти", 5); m.put("шести", 6); m.put("десяти", 10);
            m.put("десяток", 10); m.put("десятка", 10); m.put("десятку", 10); }
        if (lang.equals("de")) { m.put("einen", 1); m.put("einem", 1); m.put("einer", 1); }
        return m;
    }

    private static void put(Map<String, Integer> m, String phrase, int n) {
        String p = Text.normalize(phrase).replace('-', ' ').replace("\u00ad", "").replaceAll("\\s+", " ").trim();
        if (p.contains(" ") || !m.containsKey(p)) m.putIfAbsent(p, n);
    }

    /** Idioms with a quantity: "half a dozen", "полдюжины", "demi-douzaine", "media docena". */
    /**
     * Quantity idioms, longest first: "une demi douzaine" must be read before "demi douzaine" inside it, the same way on
     * every run (a Map's iteration order is not fixed from one JVM to the next).
     */
    static final List<Map.Entry<String, Integer>> IDIOMS = Stream.of(
            Map.entry("half a dozen", 6),
            Map.entry("half dozen", 6),
            Map.entry("полдюжины", 6),
            Map.entry("пів дюжини", 6),
            Map.entry("півдюжини", 6),
            Map.entry("demi douzaine", 6),
            Map.entry("une demi douzaine", 6),
            Map.entry("media docena", 6),
            Map.entry("ein halbes dutzend", 6),
            Map.entry("halbes dutzend", 6),
            Map.entry("demi-douzaine", 6),
            Map.entry("une demi-douzaine", 6),
            Map.entry("half-dozen", 6),
            Map.entry("a half-dozen", 6))
            .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
            .toList();
}
