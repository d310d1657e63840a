package org.offerbridge.parser.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.offerbridge.platform.testing.Refusals.assertForbidden;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.testing.BoundCaller;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ProblemException;

/** The inbox refuses a viewer's intake and decisions itself, as {@code @RolesAllowed(sales)} does on /requests. */
class RequestInboxRolesTest {

    @Test
    void aViewerMayNotTakeInParseOrDecide() {
        // no store and no parser: a refused call must stop before either
        RequestInboxImpl inbox = new RequestInboxImpl(null, null, BoundCaller.withRole(Role.VIEWER));
        assertForbidden(() -> inbox.receive(new RequestInbox.Inbound("api", null, "12 bolts", null)));
        assertForbidden(() -> inbox.reparse("r1"));
        assertForbidden(() -> inbox.editProposal("r1", List.of(), List.of()));
        assertForbidden(() -> inbox.confirm("r1"));
        assertForbidden(() -> inbox.markForReview("r1", List.of(), List.of(), null));
    }

    @Test
    void salesPassTheRoleCheckAndMeetTheInputRules() {
        RequestInboxImpl inbox = new RequestInboxImpl(null, null, BoundCaller.withRole(Role.SALES));
        ProblemException e = assertThrows(ProblemException.class, () -> inbox.receive(new RequestInbox.Inbound("fax", null, "x", null)));
        assertEquals("channel", e.field());
    }

}
