package org.offerbridge.parser.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.NoTenantBoundException;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.testing.BoundCaller;

/** The retention purge deletes requests that did not become quotes and keeps confirmed ones. */
class RequestPurgeTest {
    private final InMemoryIntake db = new InMemoryIntake();
    private final RequestStore store = new RequestStore(db, BoundCaller.withRole(Role.VIEWER), new RequestEventDispatch());
    private final RequestInboxImpl inbox = new RequestInboxImpl(store, null, BoundCaller.withRole(Role.VIEWER));

    @Test
    void unconfirmedRequestsGoConfirmedOnesAndOthersStay() {
        db.add("r1", RequestStore.PROPOSED);
        db.add("r2", RequestStore.FAILED);
        db.add("r3", RequestStore.CONFIRMED);
        db.add("r4", RequestStore.REVIEW);
        db.add("r5", RequestStore.PROPOSED).quoteId = "q1";
        assertEquals(2, inbox.purge(List.of("r1", "r2", "r3", "r5", "unknown", "r1")));
        assertFalse(db.requests.containsKey("r1"));
        assertFalse(db.requests.containsKey("r2"));
        assertTrue(db.requests.containsKey("r3"), "a confirmed request stays");
        assertTrue(db.requests.containsKey("r4"), "a request not named stays");
        assertTrue(db.requests.containsKey("r5"), "a request with a quote stays");
    }

    @Test
    void nothingToPurgeTouchesNothing() {
        db.add("r1", RequestStore.PROPOSED);
        assertEquals(0, inbox.purge(List.of()));
        assertTrue(db.requests.containsKey("r1"));
    }

    @Test
    void aPurgeNeedsABoundWorkspace() {
        RequestInboxImpl unbound = new RequestInboxImpl(store, null, BoundCaller.of(null));
        assertThrows(NoTenantBoundException.class, () -> unbound.purge(List.of("r1")));
    }
}
