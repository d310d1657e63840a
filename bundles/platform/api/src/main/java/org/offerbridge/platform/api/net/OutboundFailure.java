package org.offerbridge.platform.api.net;

/**
 * A server-side HTTP call that got no answer: refused by the outbound policy, timed out, not reached, or answered
 * with more than the caller allows. The message names the kind of failure and never quotes the URL (URLs may carry
 * tokens, as Telegram's do), so it is safe to log and to show.
 */
public final class OutboundFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the call got no answer. */
    public enum Kind {
        /** The outbound policy refused the address; calling again will not help until an administrator allows it. */
        REFUSED,
        TIMED_OUT,
        /** No connection, a TLS failure, or the connection broke. */
        UNREACHABLE,
        /** The answer was larger than the caller's limit. */
        TOO_LARGE,
        INTERRUPTED
    }

    private final Kind kind;

    public OutboundFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the same call may succeed later: false for a refused address and a too large answer. */
    public boolean heals() {
        return kind != Kind.REFUSED && kind != Kind.TOO_LARGE;
    }
}
