package org.offerbridge.platform.api.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    /** The vector published with the Standard Webhooks reference libraries. */
    @Test
    void matchesTheStandardWebhooksVector() {
        byte[] key = StandardWebhooks.keyBytes("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                StandardWebhooks.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    /** The same computation written out independently with javax.crypto, over a non-ASCII body. */
    @Test
    void isHmacSha256OverIdTimestampAndBody() throws Exception {
        String secret = StandardWebhooks.newSecret();
        String id = "msg_2f1c0e";
        long ts = 1_750_000_000L;
        String body = "{\"type\":\"quote.sent\",\"timestamp\":\"2025-06-15T15:06:40Z\",\"data\":{\"customer\":\"Śmigło ₹\"}}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, StandardWebhooks.sign(StandardWebhooks.keyBytes(secret), id, ts, body));
    }

    @Test
    void aReceiverFollowingTheSpecAcceptsItAndRefusesTampering() {
        String secret = StandardWebhooks.newSecret();
        long now = 1_750_000_000L;
        String body = "{\"type\":\"quote.accepted\",\"data\":{}}";
        String header = StandardWebhooks.sign(StandardWebhooks.keyBytes(secret), "msg_1", now, body);
        Verifier v = new Verifier(secret);
        assertTrue(v.verify("msg_1", Long.toString(now), header, body, now));
        assertTrue(v.verify("msg_1", Long.toString(now), "v1,AAAA " + header, body, now), "any listed signature may match");
        assertTrue(v.verify("msg_1", Long.toString(now), header, body, now + 299));
        assertFalse(v.verify("msg_1", Long.toString(now), header, body, now + 301), "older than the 5 minute tolerance");
        assertFalse(v.verify("msg_1", Long.toString(now), header, body, now - 301), "too far in the future");
        assertFalse(v.verify("msg_2", Long.toString(now), header, body, now), "another message id");
        assertFalse(v.verify("msg_1", Long.toString(now + 1), header, body, now), "another timestamp");
        assertFalse(v.verify("msg_1", Long.toString(now), header, body + " ", now), "another body");
        assertFalse(new Verifier(StandardWebhooks.newSecret()).verify("msg_1", Long.toString(now), header, body, now), "another secret");
    }

    @Test
    void secretsAreWhsecWithAtLeast24RandomBytes() {
        String a = StandardWebhooks.newSecret();
        assertTrue(a.startsWith("whsec_"));
        assertTrue(StandardWebhooks.keyBytes(a).length >= 24);
        assertFalse(a.equals(StandardWebhooks.newSecret()));
        assertThrows(IllegalArgumentException.class, () -> StandardWebhooks.keyBytes("sk_live_x"));
    }

    /** The published vector verified, and every way a forged, stale or missing signature is refused. */
    @Test
    void verifiesTheVectorAndRefusesForgedStaleAndMissingSignatures() {
        byte[] key = StandardWebhooks.keyBytes("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        String sig = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        long ts = 1614265330L;
        assertTrue(StandardWebhooks.verify(key, id, "1614265330", sig, body, ts));
        assertTrue(StandardWebhooks.verify(key, id, "1614265330", "v1,bm90LWl0 v2,xyz " + sig, body, ts), "several signatures, one matches");
        assertTrue(StandardWebhooks.verify(key, id, "1614265330", sig, body, ts + 300), "at the edge of the tolerance");
        assertFalse(StandardWebhooks.verify(key, id, "1614265330", sig, body, ts + 301), "stale");
        assertFalse(StandardWebhooks.verify(key, id, "1614265330", sig, body, ts - 301), "from the future");
        assertFalse(StandardWebhooks.verify(key, id, "1614265330", "v1,bm90LWl0", body, ts), "forged");
        assertFalse(StandardWebhooks.verify(key, id, "1614265330", "v2," + sig.substring(3), body, ts), "another version");
        assertFalse(StandardWebhooks.verify(key, id, "1614265330", "v1,%%%", body, ts), "not base64");
        assertFalse(StandardWebhooks.verify(key, "msg_other", "1614265330", sig, body, ts), "another id");
        assertFalse(StandardWebhooks.verify(key, id, "1614265330", sig, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), ts),
                "another body");
        assertFalse(StandardWebhooks.verify(key, id, "soon", sig, body, ts), "timestamp not a number");
        assertFalse(StandardWebhooks.verify(key, null, "1614265330", sig, body, ts), "no id");
        assertFalse(StandardWebhooks.verify(key, id, null, sig, body, ts), "no timestamp");
        assertFalse(StandardWebhooks.verify(key, id, "1614265330", null, body, ts), "unsigned");
        assertFalse(StandardWebhooks.verify(StandardWebhooks.keyBytes(StandardWebhooks.newSecret()), id, "1614265330", sig, body, ts),
                "another secret");
    }

    /** A minimal receiver-side verifier as the Standard Webhooks specification describes it. */
    static final class Verifier {
        private static final long TOLERANCE_SECONDS = 5 * 60;
        private final byte[] key;

        Verifier(String secret) {
            this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        }

        boolean verify(String id, String timestamp, String signatureHeader, String body, long nowSeconds) {
            long ts = Long.parseLong(timestamp);
            if (Math.abs(nowSeconds - ts) > TOLERANCE_SECONDS) {
                return false;
            }
            byte[] expected;
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                expected = Base64.getEncoder().encode(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (String candidate : signatureHeader.split(" ")) {
                String[] parts = candidate.split(",", 2);
                // constant-time comparison: timing must not tell how much of a forged signature was right
                if (parts.length == 2 && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, parts[1].getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        }
    }
}
