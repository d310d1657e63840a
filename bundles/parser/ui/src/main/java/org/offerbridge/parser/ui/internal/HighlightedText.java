package org.offerbridge.parser.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.offerbridge.parser.api.Span;
import org.offerbridge.ui.api.Html;

/**
 * The request's text as HTML with the fragments that produced proposal lines wrapped in {@code <span>} tags.
 * Everything from the text is escaped; the only markup is this class's own span tags, whose attributes hold
 * constants, numbers and escaped titles. Overlapping fragments are cut into segments, each wrapped once with
 * the classes and line numbers of every fragment covering it, so tags never nest. Offsets are UTF-16 indexes;
 * one that falls inside a surrogate pair is widened to the whole character, and offsets past the end are clamped.
 */
final class HighlightedText {
    /** What produced a fragment: a catalog line or an unmatched item. */
    enum Kind {
        LINE("line"), UNMATCHED("unmatched");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The kind as used in class names and the click callback. */
        String id() {
            return id;
        }
    }

    /** One fragment: where it is, what it belongs to (kind and index in that list) and its hover text. */
    record Mark(Span span, Kind kind, int index, String title) {
    }

    /** The browser-side function a click on a fragment calls with the kind and index. */
    static final String CLICK_FUNCTION = "obRequestsPick";
    static final String CLASS = "ob-req-hl";
    private static final String STYLE_LINE = "background:#fff0a8;border-bottom:2px solid #e0b400;cursor:pointer";
    private static final String STYLE_UNMATCHED = "background:#ffe1e1;border-bottom:2px dashed #d04040;cursor:pointer";
    private static final String STYLE_SELECTED = ";outline:2px solid #197de1";

    private HighlightedText() {
    }

    /**
     * The HTML for {@code text} with {@code marks}; fragments of {@code selected} (may be null) are outlined.
     * A null text gives an empty string.
     */
    static String html(String text, List<Mark> marks, Selection selected) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int n = text.length();
        List<Mark> usable = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        for (Mark m : marks) {
            int start = snapStart(text, Math.min(m.span().start(), n));
            int end = snapEnd(text, Math.min(m.span().end(), n));
            if (start < end) {
                usable.add(new Mark(new Span(start, end), m.kind(), m.index(), m.title()));
                cuts.add(start);
                cuts.add(end);
            }
        }
        StringBuilder out = new StringBuilder(n + 64 * usable.size());
        Integer from = null;
        for (int to : cuts) {
            if (from != null) {
                segment(out, text, from, to, usable, selected);
            }
            from = to;
        }
        return out.toString();
    }

    /** Which list entry is selected in the editor, to outline its fragments. */
    record Selection(Kind kind, int index) {
    }

    private static void segment(StringBuilder out, String text, int from, int to, List<Mark> marks, Selection selected) {
        List<Mark> covering = marks.stream().filter(m -> m.span().start() <= from && m.span().end() >= to).toList();
        if (covering.isEmpty()) {
            Html.escape(out, text, from, to);
            return;
        }
        Mark first = covering.stream().filter(m -> m.kind() == Kind.LINE).findFirst().orElse(covering.get(0));
        Set<String> classes = new LinkedHashSet<>();
        classes.add(CLASS);
        Set<String> titles = new LinkedHashSet<>();
        StringBuilder lines = new StringBuilder();
        boolean isSelected = false;
        for (Mark m : covering) {
            classes.add(CLASS + "-" + m.kind().id());
            if (m.title() != null && !m.title().isEmpty()) {
                titles.add(m.title());
            }
            if (m.kind() == Kind.LINE) {
                lines.append(lines.length() == 0 ? "" : " ").append(m.index());
            }
            isSelected |= selected != null && selected.kind() == m.kind() && selected.index() == m.index();
        }
        if (isSelected) {
            classes.add(CLASS + "-selected");
        }
        out.append("<span class=\"").append(String.join(" ", classes)).append('"');
        if (lines.length() > 0) {
            out.append(" data-lines=\"").append(lines).append('"');
        }
        String title = String.join("\n", titles);
        out.append(" title=\"");
        Html.escape(out, title, 0, title.length());
        out.append("\" style=\"").append(first.kind() == Kind.LINE ? STYLE_LINE : STYLE_UNMATCHED)
                .append(isSelected ? STYLE_SELECTED : "").append('"');
        out.append(" onclick=\"").append(CLICK_FUNCTION).append("('").append(first.kind().id()).append("',")
                .append(first.index()).append(")\">");
        Html.escape(out, text, from, to);
        out.append("</span>");
    }

    /** A start inside a surrogate pair moves back to the pair's first half. */
    private static int snapStart(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))
                ? i - 1 : i;
    }

    /** An end inside a surrogate pair moves on past the pair's second half. */
    private static int snapEnd(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))
                ? i + 1 : i;
    }
}
