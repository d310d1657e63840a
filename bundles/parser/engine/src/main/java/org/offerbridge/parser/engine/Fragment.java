package org.offerbridge.parser.engine;

import java.util.List;
import org.offerbridge.parser.engine.Text.Kind;
import org.offerbridge.parser.engine.Text.Tok;

/**
 * A segment normalised and lexed, with the role of every token and the quantities it states ({@link NumberRoles}).
 *
 * @param norm  the normalised text, mapped to offsets in {@link Segment#source}
 * @param toks  its tokens, keyed for matching
 * @param roles the role of each token
 */
record Fragment(Segment segment, MappedText norm, List<Tok> toks, List<Role> roles, Quantities quantities) {
    Fragment {
        toks = List.copyOf(toks);
        roles = List.copyOf(roles);
    }

    Fragment withQuantities(Quantities q) {
        return new Fragment(segment, norm, toks, roles, q);
    }

    /** Whether a word announces a request ("need", "нужно", "bitte", "चाहिए"). */
    boolean hasMarker() {
        for (Tok t : toks) {
            if (t.kind != Kind.WORD) continue;
            for (String p : Lexicon.MARKER_PREFIXES) if (t.text.startsWith(p) && (p.length() > 2 || t.text.equals(p))) return true;
        }
        return false;
    }
}
