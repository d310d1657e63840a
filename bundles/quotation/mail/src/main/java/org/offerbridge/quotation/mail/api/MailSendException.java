package org.offerbridge.quotation.mail.api;

/** A message was not sent; the message is safe to show staff (no password, no stack trace). */
public class MailSendException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so each caller decides whether trying again can help. */
    public enum Failure {
        /** The workspace has no SMTP settings, or its password no longer decrypts on this server. */
        NOT_SET_UP,
        /** The outbound address policy does not allow the server. */
        NOT_ALLOWED,
        /** The server refused the login. */
        LOGIN_REFUSED,
        /** The server refused every recipient. */
        RECIPIENT_REFUSED,
        /** The message could not be built. */
        NOT_BUILT,
        /** Anything that may heal: the server down, slow, a TLS failure, a temporary refusal. */
        TRANSIENT
    }

    private final Failure failure;

    public MailSendException(String message, Failure failure, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
