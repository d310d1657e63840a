package org.offerbridge.ui.shell.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.offerbridge.platform.api.support.SupportReports;

/**
 * What one logged-in session keeps for "Report a problem": the references of the last failed calls, the last
 * navigations and actions (each with its UTC time), and the last error text. Bounded, so a long session costs nothing;
 * kept in memory with the session only, never shared with another login.
 */
final class SupportTrail {
    static final int KEEP = SupportReports.MAX_ENTRIES;
    /** Room for the time prefix within the service's entry limit. */
    static final int MAX_TEXT = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Deque<String> failures = new ArrayDeque<>();
    private final Deque<String> actions = new ArrayDeque<>();
    private String lastError;

    SupportTrail(Clock clock) {
        this.clock = clock;
    }

    /** A failed call: its support reference ({@code ui-51a4e09d}, a request id, or the problem's status and key). */
    synchronized void failed(String reference, String shownText) {
        add(failures, reference);
        add(actions, "error: " + (shownText == null ? reference : shownText));
        lastError = clip(shownText);
    }

    /** An error text shown without an exception behind it. */
    synchronized void shown(String errorText) {
        add(actions, "error: " + errorText);
        lastError = clip(errorText);
    }

    synchronized void action(String what) {
        add(actions, what);
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    synchronized List<String> actions() {
        return List.copyOf(actions);
    }

    synchronized String lastError() {
        return lastError;
    }

    private void add(Deque<String> list, String text) {
        String t = clip(text);
        if (t == null) {
            return;
        }
        list.addLast(TIME.format(clock.instant()) + " " + t);
        while (list.size() > KEEP) {
            list.removeFirst();
        }
    }

    /** One line of at most {@code max} characters without control characters; blank is null. */
    static String clip(String text) {
        return clip(text, MAX_TEXT);
    }

    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > max ? t.substring(0, max - 1) + "…" : t;
    }
}
