package org.offerbridge.channels.spi;

/**
 * The outcome of one send: sent with the provider's message id, or failed with a reason a person can act on. A failure
 * is one of three: it may heal ({@code heals}: timeouts, 5xx, rate limits; tried again with backoff), the channel is
 * broken ({@link #permanent}: revoked token, refused address; the channel is set to "needs attention"), or only this
 * contact cannot be reached ({@code contactOnly}: a blocked bot, a deactivated or unreachable user, a closed reply
 * window; the message fails with the reason and the channel stays connected).
 */
public record SendOutcome(boolean sent, String providerMessageId, String failure, boolean heals, boolean contactOnly) {

    /** The shape of version 1.2: a failure that does not heal is the channel's. */
    public SendOutcome(boolean sent, String providerMessageId, String failure, boolean heals) {
        this(sent, providerMessageId, failure, heals, false);
    }

    public static SendOutcome sent(String providerMessageId) {
        return new SendOutcome(true, providerMessageId, null, false, false);
    }

    public static SendOutcome retry(String failure) {
        return new SendOutcome(false, null, failure, true, false);
    }

    /** The channel cannot send at all until someone fixes it. */
    public static SendOutcome permanent(String failure) {
        return new SendOutcome(false, null, failure, false, false);
    }

    /**
     * This message cannot reach this contact and trying again will not help, but the channel works for others.
     *
     * @since 1.3
     */
    public static SendOutcome contactOnly(String failure) {
        return new SendOutcome(false, null, failure, false, true);
    }
}
