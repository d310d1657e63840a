package org.offerbridge.channels.spi;

/**
 * The outcome of one send: sent with the provider's message id, or failed with a reason a person can act on and
 * whether trying again may help ({@code heals}: timeouts, 5xx, rate limits) or not (revoked token, closed window,
 * blocked user, refused address) — the latter sets the channel to "needs attention".
 */
public record SendOutcome(boolean sent, String providerMessageId, String failure, boolean heals) {

    public static SendOutcome sent(String providerMessageId) {
        return new SendOutcome(true, providerMessageId, null, false);
    }

    public static SendOutcome retry(String failure) {
        return new SendOutcome(false, null, failure, true);
    }

    public static SendOutcome permanent(String failure) {
        return new SendOutcome(false, null, failure, false);
    }
}
