package org.offerbridge.channels.spi;

/** The answer to a provider's verification GET, e.g. 200 with the challenge as text/plain, or 403. */
public record HandshakeAnswer(int status, String contentType, String body) {
}
