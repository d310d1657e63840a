package org.offerbridge.parser.engine;

import java.util.List;

/** The parse of one message: detected language, catalog lines and requested items not in the catalog. */
public record ParseResult(String language, List<ParsedLine> lines, List<Unmatched> unmatched) {
    public ParseResult {
        lines = List.copyOf(lines);
        unmatched = List.copyOf(unmatched);
    }
}
