package org.offerbridge.parser.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when staff confirm a request, so that another capability (quotations) makes what the request asked for.
 * Optional: without one, confirming only marks the request confirmed. Called with the tenant bound, before the
 * request is marked confirmed; a failure leaves the request as it was.
 *
 * @since 1.1
 */
@ConsumerType
public interface ConfirmedRequestHandler {

    /** Makes the record (a draft quote) from the request and its proposal; returns its id, kept on the request. */
    String requestConfirmed(IntakeRequest request);

    /** The request could not be marked confirmed after all (it changed meanwhile): undo {@link #requestConfirmed}. */
    void confirmFailed(IntakeRequest request, String createdId);
}
