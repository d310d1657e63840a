package org.offerbridge.quotation.api;

/**
 * A channel could not deliver. {@code permanent} says whether trying again can help (a refused address cannot; a
 * server that is down can). The message is shown to staff in the delivery log, so it must not contain secrets.
 */
public class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
