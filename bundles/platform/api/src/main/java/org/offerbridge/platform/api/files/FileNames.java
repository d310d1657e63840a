package org.offerbridge.platform.api.files;

import java.text.Normalizer;

/**
 * File names as senders give them are never trusted: no path parts, no control or bidirectional-override characters
 * (which make {@code invoice‮fdp.exe} look like a PDF), no leading dots, at most {@link #MAX_LENGTH} characters with the
 * extension kept. The name is only ever shown and offered on download; files on disk are named by random ids.
 */
public final class FileNames {
    public static final int MAX_LENGTH = 120;
    private static final int MAX_EXTENSION = 16;
    private static final String RESERVED = ":*?\"<>|";

    private FileNames() {
    }

    /** A safe name for {@code given}; {@code fallback} when nothing usable is left. */
    public static String sanitise(String given, String fallback) {
        if (given == null) {
            return fallback;
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        // the last path part, whatever separator the sender's system uses
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' '); // tabs and line breaks too: a name is one line
            } else if (Character.isISOControl(cp) || isFormatting(cp)) {
                return; // dropped: invisible, or reorders what is shown
            } else if (RESERVED.indexOf(cp) >= 0) {
                out.append('_'); // reserved on Windows, or quoting trouble in headers
            } else {
                out.appendCodePoint(cp);
            }
        });
        String clean = out.toString().strip().replaceAll(" {2,}", " ");
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        clean = clean.strip();
        if (clean.isEmpty()) {
            return fallback;
        }
        return shorten(clean);
    }

    /** Bidi overrides and isolates, zero-width and other invisible formatting characters (Unicode category Cf). */
    private static boolean isFormatting(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        String base = ext.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - ext.codePointCount(0, ext.length());
        String head = base.substring(0, base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length()))));
        return head.strip() + ext;
    }
}
