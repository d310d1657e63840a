package org.offerbridge.channels.meta.internal;

import java.util.Set;

import org.offerbridge.channels.spi.SendOutcome;

/**
 * What a failed Graph send means: an expired or revoked token (code 190) breaks the channel; a closed reply window
 * (WhatsApp 131047, Instagram 10/2534022) and a recipient who cannot be reached (WhatsApp 131026 undeliverable: not on
 * WhatsApp, an old app or terms not accepted; 131049 held back by Meta for that user's engagement; 131050 the user
 * stopped these messages; Instagram 551 "this person isn't available") fail for that contact only; rate limits (HTTP
 * 429, codes 4, 17, 32, 613, 80007, 130429, 131048, 131056) and Meta's own 5xx may heal. Other refusals (a template
 * that does not exist or takes other parameters, 132000/132001) are Meta's words and the channel's to fix.
 */
final class MetaErrors {
    static final int TOKEN = 190;
    static final int WHATSAPP_WINDOW = 131047;
    static final int INSTAGRAM_WINDOW_SUBCODE = 2534022;
    /** Codes that concern one recipient, not the channel (the window has its own constant). */
    static final Set<Integer> CONTACT = Set.of(131026, 131049, 131050, 551);
    private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613, 80007, 130429, 131048, 131056);

    private MetaErrors() {
    }

    static SendOutcome failure(String provider, GraphClient.Answer a, String windowClosed) {
        int code = a.errorCode();
        if (code == TOKEN) {
            return SendOutcome.permanent(provider + " refused the access token (expired or revoked): connect the channel with a new token ("
                    + a.errorMessage() + ")");
        }
        if (code == WHATSAPP_WINDOW || a.errorSubcode() == INSTAGRAM_WINDOW_SUBCODE) {
            return SendOutcome.contactOnly(windowClosed + " (" + a.errorMessage() + ")");
        }
        if (CONTACT.contains(code)) {
            return SendOutcome.contactOnly(provider + " cannot deliver to this contact: " + a.errorMessage());
        }
        if (a.status() == 429 || RATE_LIMITS.contains(code)) {
            return SendOutcome.retry(provider + " rate limit: " + a.errorMessage());
        }
        if (a.status() >= 500 || a.status() == 408) {
            return SendOutcome.retry(provider + " answered " + a.errorMessage());
        }
        return SendOutcome.permanent(provider + " refused the message: " + a.errorMessage());
    }
}
