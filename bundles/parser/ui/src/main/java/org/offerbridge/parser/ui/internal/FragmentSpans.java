package org.offerbridge.parser.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.parser.api.Span;

/**
 * Where a proposal line came from in the request's text: the spans the parser reported, else (proposals made
 * before parsers reported spans) each {@code " | "}-separated piece of the line's source text found in the
 * request, exactly or ignoring case. Nothing is guessed beyond that: a piece not found is not highlighted.
 */
final class FragmentSpans {
    private static final String PIECE_SEPARATOR = " | ";

    private FragmentSpans() {
    }

    static List<Span> of(ProposalLine line, String requestText) {
        if (!line.spans().isEmpty()) {
            return line.spans();
        }
        return found(line.text(), requestText);
    }

    static List<Span> found(String source, String requestText) {
        if (source == null || source.isBlank() || requestText == null) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        for (String piece : source.split(java.util.regex.Pattern.quote(PIECE_SEPARATOR))) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            int at = requestText.indexOf(p);
            if (at < 0) {
                at = indexIgnoringCase(requestText, p);
            }
            if (at >= 0) {
                out.add(new Span(at, at + p.length()));
            }
        }
        return out;
    }

    private static int indexIgnoringCase(String text, String piece) {
        for (int i = 0; i + piece.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, piece, 0, piece.length())) {
                return i;
            }
        }
        return -1;
    }
}
