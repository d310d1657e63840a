package org.offerbridge.parser.internal.llm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.offerbridge.catalog.api.Product;

/**
 * The catalog products offered to the model for one message. A small catalog is offered whole; a large one is
 * cut down to what the built-in parser matched plus the products sharing the most words with the message, so
 * the prompt stays small and the model can only choose among real products.
 */
final class CandidateShortlist {
    /** Words this long match by shared prefix too, so "bolts" finds "bolt". */
    private static final int PREFIX = 4;

    private CandidateShortlist() {
    }

    static List<Product> select(String text, Map<String, Product> bySku, Collection<String> builtinSkus, int max) {
        if (bySku.size() <= max) {
            return List.copyOf(bySku.values());
        }
        Map<String, Product> chosen = new LinkedHashMap<>();
        for (String sku : builtinSkus) {
            Product p = bySku.get(sku);
            if (p != null && chosen.size() < max) {
                chosen.put(sku, p);
            }
        }
        Set<String> words = words(text);
        words.removeIf(w -> w.chars().allMatch(Character::isDigit)); // bare numbers are quantities, not product words
        Set<String> prefixes = prefixes(words);
        if (words.isEmpty() || chosen.size() >= max) {
            return List.copyOf(chosen.values());
        }
        record Scored(Product product, int score, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (Product p : bySku.values()) {
            order++;
            if (chosen.containsKey(p.sku())) {
                continue;
            }
            int score = score(words, prefixes, p);
            if (score > 0) {
                scored.add(new Scored(p, score, order));
            }
        }
        scored.sort((a, b) -> a.score() != b.score() ? Integer.compare(b.score(), a.score()) : Integer.compare(a.order(), b.order()));
        for (Scored s : scored) {
            if (chosen.size() >= max) {
                break;
            }
            chosen.put(s.product().sku(), s.product());
        }
        return List.copyOf(chosen.values());
    }

    /** Two points per word the message shares with the product, one per word sharing only its first letters. */
    private static int score(Set<String> messageWords, Set<String> messagePrefixes, Product p) {
        Set<String> productWords = words(p.sku() + " " + p.name() + " " + (p.aliases() == null ? "" : String.join(" ", p.aliases())));
        int score = 0;
        for (String w : productWords) {
            if (messageWords.contains(w)) {
                score += 2;
            } else if (w.length() >= PREFIX && messagePrefixes.contains(w.substring(0, PREFIX))) {
                score++;
            }
        }
        return score;
    }

    private static Set<String> prefixes(Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (w.length() >= PREFIX) {
                out.add(w.substring(0, PREFIX));
            }
        }
        return out;
    }

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }
}
