package org.offerbridge.channels.email.internal;

/**
 * Where reading a folder stands: its UIDVALIDITY and the last UID taken. Stored with the channel as
 * {@code <uidvalidity>:<uid>}; a folder whose UIDVALIDITY changed is read from its newest message on, never again
 * from the start.
 */
record ReadMark(long uidValidity, long lastUid) {

    static ReadMark parse(String s) {
        if (s == null) {
            return null;
        }
        int colon = s.indexOf(':');
        try {
            return new ReadMark(Long.parseLong(s.substring(0, colon)), Long.parseLong(s.substring(colon + 1)));
        } catch (RuntimeException e) {
            return null; // unreadable: treated as no mark
        }
    }

    String format() {
        return uidValidity + ":" + lastUid;
    }
}
