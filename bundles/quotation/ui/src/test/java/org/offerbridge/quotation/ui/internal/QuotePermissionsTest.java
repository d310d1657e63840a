package org.offerbridge.quotation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;
import org.offerbridge.quotation.api.QuoteStatus;

class QuotePermissionsTest {

    @Test
    void salesEditAndSendDraftsButDoNotApprove() {
        assertEquals(new QuotePermissions(true, true, false, false, true), QuotePermissions.of(QuoteStatus.DRAFT, false, Role.SALES));
        assertEquals(new QuotePermissions(true, false, false, false, true), QuotePermissions.of(QuoteStatus.DRAFT, true, Role.SALES));
    }

    @Test
    void aDraftWaitingForApprovalIsNotSentByAnyone() {
        for (Role r : new Role[] {Role.SALES, Role.ADMIN, Role.OWNER}) {
            assertEquals(false, QuotePermissions.of(QuoteStatus.DRAFT, true, r).send(), r.name());
        }
    }

    @Test
    void adminsApproveOnlyWhileApprovalIsRequired() {
        assertEquals(new QuotePermissions(true, false, true, false, true), QuotePermissions.of(QuoteStatus.DRAFT, true, Role.ADMIN));
        assertEquals(new QuotePermissions(true, true, false, false, true), QuotePermissions.of(QuoteStatus.DRAFT, false, Role.OWNER));
    }

    @Test
    void sentAndViewedQuotesAreRevisedNotEdited() {
        for (QuoteStatus s : new QuoteStatus[] {QuoteStatus.SENT, QuoteStatus.VIEWED}) {
            assertEquals(new QuotePermissions(false, false, false, true, true), QuotePermissions.of(s, false, Role.SALES));
        }
        for (QuoteStatus s : new QuoteStatus[] {QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED, QuoteStatus.SUPERSEDED}) {
            assertEquals(new QuotePermissions(false, false, false, false, true), QuotePermissions.of(s, false, Role.ADMIN), s.id());
        }
    }

    @Test
    void viewersOnlyRead() {
        QuotePermissions none = new QuotePermissions(false, false, false, false, false);
        for (QuoteStatus s : QuoteStatus.values()) {
            assertEquals(none, QuotePermissions.of(s, true, Role.VIEWER));
        }
        assertEquals(none, QuotePermissions.of(null, false, Role.OWNER));
    }
}
