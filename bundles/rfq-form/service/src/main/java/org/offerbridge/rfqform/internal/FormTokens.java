package org.offerbridge.rfqform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hidden token of a served form: when it was served, signed with the workspace's form key (HMAC-SHA256), so a
 * post proves it comes from a form we served for this form URL, and how long it took to fill. {@code v1.<epoch
 * seconds>.<base64url signature>}; the signature covers the form's token and the time, so a token of another form or a
 * changed time does not verify. Compared in constant time.
 */
final class FormTokens {
    /** What a posted token says. */
    enum Check { OK, MISSING, INVALID, TOO_FAST, EXPIRED }

    private static final String VERSION = "v1";
    private final byte[] key;

    FormTokens(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("a form key has at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** A token for the form {@code formToken} served at {@code now}. */
    String issue(String formToken, Instant now) {
        long at = now.getEpochSecond();
        return VERSION + "." + at + "." + sign(formToken, at);
    }

    /**
     * Whether {@code posted} is a token of this form, at least {@code minFill} and at most {@code maxAge} old at {@code now}.
     */
    Check check(String posted, String formToken, Instant now, Duration minFill, Duration maxAge) {
        if (posted == null || posted.isBlank()) {
            return Check.MISSING;
        }
        String[] parts = posted.strip().split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[1].isEmpty() || parts[1].length() > 12) {
            return Check.INVALID;
        }
        long at;
        try {
            at = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Check.INVALID;
        }
        byte[] expected = sign(formToken, at).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Check.INVALID;
        }
        long age = now.getEpochSecond() - at;
        if (age < minFill.getSeconds()) {
            // also a token "from the future": a clock cannot make a form filled faster than it was served
            return Check.TOO_FAST;
        }
        return age > maxAge.getSeconds() ? Check.EXPIRED : Check.OK;
    }

    private String sign(String formToken, long at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((formToken + "." + at).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
