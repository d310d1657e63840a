package org.offerbridge.channels.email.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reply tokens: the fallback that threads an answer whose mail client dropped In-Reply-To and References. Each reply
 * we send gets a token made with the channel's own secret key: {@code id} (80 bits, HMAC of our message id) names the
 * reply, {@code mac} (48 bits, HMAC of the id) proves the token was made with this channel's key. The token is our
 * Message-ID ({@code <ob.<token>@domain>}) and, where the channel's {@code replyTokens} is on, the plus part of its
 * Reply-To ({@code sales+c-<token>@shop.example}). An answer to such an address names our Message-ID again, so it joins
 * the conversation of that reply; a token made with another channel's key, or made up, fails the check (compared in
 * constant time) and threads nothing. Neither part reveals a conversation or message id.
 */
final class ReplyTokens {
    /** Addresses have at most 64 characters before the @ (RFC 5321); a longer one gets no token. */
    static final int MAX_LOCAL = 64;
    private static final int ID_CHARS = 20;
    private static final int MAC_CHARS = 12;
    private static final String PLUS = "+c-";
    private static final Pattern TOKEN_ADDRESS = Pattern.compile("^[^@\\s]+\\+c-([0-9a-f]{" + (ID_CHARS + MAC_CHARS) + "})@([^@\\s]+)$");

    private final byte[] key;

    private ReplyTokens(byte[] key) {
        this.key = key;
    }

    /** The channel's tokens, or empty for a channel that has no key yet (it gets one when it is next tested or changed). */
    static Optional<ReplyTokens> of(EmailSettings s) {
        return s.replyKey() == null ? Optional.empty() : Optional.of(new ReplyTokens(Base64.getDecoder().decode(s.replyKey())));
    }

    /** The token of our message with this id: the same on every retry. */
    String token(String ourMessageId) {
        String id = hmac("id:" + ourMessageId).substring(0, ID_CHARS);
        return id + hmac("mac:" + id).substring(0, MAC_CHARS);
    }

    /** Whether {@code token} was made with this key: its mac recomputed from its id, compared in constant time. */
    boolean valid(String token) {
        if (token == null || token.length() != ID_CHARS + MAC_CHARS) {
            return false;
        }
        String id = token.substring(0, ID_CHARS);
        byte[] expected = hmac("mac:" + id).substring(0, MAC_CHARS).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(ID_CHARS).getBytes(StandardCharsets.US_ASCII));
    }

    /** Our Message-ID for a token, at the domain of the address answers go to. */
    static String messageId(String token, String address) {
        return "<ob." + token + "@" + domain(address) + ">";
    }

    /** {@code sales@shop.example} with the token: {@code sales+c-<token>@shop.example}; empty when that is too long. */
    static Optional<String> address(String address, String token) {
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at) + PLUS + token;
        return local.length() > MAX_LOCAL ? Optional.empty() : Optional.of(local + address.substring(at));
    }

    /**
     * The Message-ID of our reply that a recipient address answers, when it carries a token made with this key: what
     * the conversation is found by. Empty for any other address, a token of another channel or a made-up one.
     */
    Optional<String> answeredId(String recipient) {
        Matcher m = TOKEN_ADDRESS.matcher(recipient.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || !valid(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of("<ob." + m.group(1) + "@" + m.group(2) + ">");
    }

    static String domain(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private String hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
