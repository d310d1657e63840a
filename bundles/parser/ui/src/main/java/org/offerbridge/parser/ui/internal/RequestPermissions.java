package org.offerbridge.parser.ui.internal;

import org.offerbridge.parser.api.IntakeRequest;

/**
 * What staff may do with a request in its status. Sales and above act; viewers only read. A confirmed request
 * is read-only for everybody. A failed one can be parsed again, or its lines written by hand and marked for
 * review; one left received (its parse never finished) can be parsed again. Saving and confirming need a
 * proposal (proposed or review).
 */
record RequestPermissions(boolean edit, boolean save, boolean reparse, boolean confirm, boolean review) {

    static RequestPermissions of(String status, boolean writer) {
        if (!writer || status == null) {
            return new RequestPermissions(false, false, false, false, false);
        }
        return switch (status) {
            case IntakeRequest.PROPOSED, IntakeRequest.REVIEW -> new RequestPermissions(true, true, true, true, true);
            case IntakeRequest.FAILED -> new RequestPermissions(true, false, true, false, true);
            case IntakeRequest.RECEIVED -> new RequestPermissions(false, false, true, false, false);
            default -> new RequestPermissions(false, false, false, false, false);
        };
    }
}
