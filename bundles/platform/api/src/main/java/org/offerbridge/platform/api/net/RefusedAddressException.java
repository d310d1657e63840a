package org.offerbridge.platform.api.net;

/** A URL the outbound policy refuses; the message says why and contains nothing but the URL's host. */
public class RefusedAddressException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RefusedAddressException(String reason) {
        super(reason);
    }
}
