package org.offerbridge.parser.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a free-text request for quotation into catalog lines. Stateless and thread-safe: every stage works on values
 * made for the one call.
 *
 * <p>Stages: (1) language by script and function words ({@link Lang}); (2) length-preserving pre-cleaning
 * ({@link MessageCleaner}) of numbers that are never quantities (phones, e-mails, prices, payments, dates, order
 * numbers), corrections ("200... no, 300", "15 instead of 10") and multipliers ("for each of 3 flats", "all items x2");
 * (3) SKUs the customer wrote ({@link SkuMentions}); (4) segmentation into item fragments ({@link Segmenter});
 * (5) per fragment: lexing and number roles ({@link NumberRoles}), catalog matching ({@link CatalogMatcher});
 * (6) discourse across fragments: follow-up quantities, corrections, elliptical variants ({@link Discourse});
 * (7) lines per SKU with pack conversion, and unmatched items ({@link LineAssembler}).
 */
public final class RequestParser {

    public RequestParser() {}

    public ParseResult parse(String text, CatalogIndex index) {
        if (text == null || text.isBlank() || index == null || index.size() == 0) {
            return new ParseResult(text == null || text.isBlank() ? "und" : Lang.detect(text), List.of(), List.of());
        }
        String lang = Lang.detect(text);
        NumberWords numberWords = NumberWords.forLanguage(lang);

        String cleaned = MessageCleaner.applyCorrections(MessageCleaner.blankNonQuantities(text));
        MessageCleaner.Multiplied multiplied = MessageCleaner.extractMultiplier(cleaned, numberWords::value);
        SkuMentions skus = SkuMentions.find(multiplied.text(), index);
        List<Segment> segments = Segmenter.split(skus.text(), text);

        NumberRoles numberRoles = new NumberRoles(index, numberWords, Lang.latinStemLang(lang));
        CatalogMatcher matcher = new CatalogMatcher(index, lang.equals("hi") || lang.equals("hi-Latn"));
        List<Mention> mentions = new ArrayList<>(segments.size());
        boolean marker = false;
        for (Segment segment : segments) {
            Fragment fragment = numberRoles.read(segment);
            marker |= fragment.hasMarker();
            Mention m = matcher.match(fragment);
            SkuMentions.Found sku = skus.within(segment);
            mentions.add(sku == null ? m : m.bySku(sku));
        }
        List<QuantifiedMention> quantified = new Discourse(matcher).resolve(mentions);
        return LineAssembler.assemble(text, lang, quantified, multiplied.factor(), marker);
    }
}
