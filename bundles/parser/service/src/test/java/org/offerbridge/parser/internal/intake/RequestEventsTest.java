package org.offerbridge.parser.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.ConfirmedRequestHandler;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestEvents;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.testing.BoundCaller;
import org.offerbridge.parser.internal.CatalogParsing;
import org.offerbridge.platform.api.Role;

/** Intake tells its events once, inside the change's transaction; a listener that throws rolls the change back. */
class RequestEventsTest {
    private static final CatalogParsing.Answer ANSWER = new CatalogParsing.Answer("en", List.of(), List.of(), "builtin");

    private final InMemoryIntake db = new InMemoryIntake();
    private final RequestEventDispatch dispatch = new RequestEventDispatch();
    private final RequestStore store = new RequestStore(db, BoundCaller.withRole(Role.SALES), dispatch);
    private final List<Told> told = new ArrayList<>();

    record Told(String eventId, String tenantId, String type, String requestId, Map<String, Object> payload, boolean inTransaction) {
    }

    RequestEventsTest() {
        dispatch.bindListener((eventId, tenantId, type, requestId, payload) -> told
                .add(new Told(eventId, tenantId, type, requestId, payload, db.inTransaction())));
    }

    @Test
    void leavingReceivedIsToldOnceInsideTheTransactionAndReparsingTellsNothing() {
        db.add("r1", RequestStore.RECEIVED).customerId = "c1";
        store.propose("r1", ANSWER, null, Set.of(RequestStore.RECEIVED));
        store.propose("r1", ANSWER, null, Set.of(RequestStore.PROPOSED));
        store.fail("r1", "later failure");

        assertEquals(1, told.size());
        Told t = told.get(0);
        assertEquals(RequestEvents.RECEIVED, t.type());
        assertEquals("t1", t.tenantId());
        assertEquals("r1", t.requestId());
        assertTrue(t.inTransaction());
        assertEquals(Map.of("status", "proposed", "channel", "email", "receivedAt", "2023-11-14T22:13:20Z", "customerId", "c1"), t.payload());
        assertEquals(RequestEventDispatch.eventId(RequestEvents.RECEIVED, "r1"), t.eventId());
    }

    @Test
    void aRequestWhoseParseFailedIsReceivedTooOnce() {
        db.add("r2", RequestStore.RECEIVED);
        store.fail("r2", "parser away");
        store.fail("r2", "still away");
        store.propose("r2", ANSWER, null, Set.of(RequestStore.FAILED));

        assertEquals(1, told.size());
        assertEquals("failed", told.get(0).payload().get("status"));
        assertTrue(told.get(0).inTransaction());
    }

    @Test
    void confirmingIsToldInsideTheTransactionWithTheQuote() {
        db.add("r3", RequestStore.PROPOSED);
        store.confirm("r3", "q-9");
        store.confirm("r3", "q-10");

        assertEquals(1, told.size());
        Told t = told.get(0);
        assertEquals(RequestEvents.CONFIRMED, t.type());
        assertEquals("q-9", t.payload().get("quoteId"));
        assertEquals("confirmed", t.payload().get("status"));
        assertTrue(t.inTransaction());
        assertEquals(RequestEventDispatch.eventId(RequestEvents.CONFIRMED, "r3"), t.eventId());
    }

    @Test
    void eventIdsAreStablePerRequestAndTypeAndDifferOtherwise() {
        String id = RequestEventDispatch.eventId(RequestEvents.RECEIVED, "r1");
        assertEquals(id, RequestEventDispatch.eventId(RequestEvents.RECEIVED, "r1"));
        assertTrue(!id.equals(RequestEventDispatch.eventId(RequestEvents.CONFIRMED, "r1")));
        assertTrue(!id.equals(RequestEventDispatch.eventId(RequestEvents.RECEIVED, "r2")));
        assertEquals(36, id.length(), "a UUID, as webhook ids are made from it");
    }

    @Test
    void aListenerThatThrowsRollsTheConfirmBackAndTheDraftQuoteIsTakenBack() {
        refusing();
        db.add("r4", RequestStore.PROPOSED);
        List<String> undone = new ArrayList<>();
        RequestInboxImpl inbox = new RequestInboxImpl(store, null, BoundCaller.withRole(Role.SALES));
        inbox.bindHandler(new ConfirmedRequestHandler() {
            @Override
            public String requestConfirmed(IntakeRequest request) {
                return "q-4";
            }

            @Override
            public void confirmFailed(IntakeRequest request, String createdId) {
                undone.add(createdId);
            }
        });

        RequestEventDispatch.Refused e = assertThrows(RequestEventDispatch.Refused.class, () -> inbox.confirm("r4"));
        assertEquals("webhooks away", e.getCause().getMessage());
        assertEquals(1, db.rollbacks);
        assertEquals(RequestStore.PROPOSED, db.requests.get("r4").status);
        assertNull(db.requests.get("r4").quoteId);
        assertEquals(List.of("q-4"), undone);
    }

    @Test
    void aReceivedRequestIsToldOnceWhenParsedAndAlsoWhenItsParseFailed() {
        RequestInboxImpl inbox = new RequestInboxImpl(store, parsing(null), BoundCaller.withRole(Role.SALES));
        IntakeRequest ok = inbox.receive(new RequestInbox.Inbound("email", null, "12 bolts", null));
        RequestInboxImpl broken = new RequestInboxImpl(store, parsing(new IllegalStateException("index away")), BoundCaller.withRole(Role.SALES));
        IntakeRequest failed = broken.receive(new RequestInbox.Inbound("email", null, "12 bolts", null));

        assertEquals(IntakeRequest.PROPOSED, ok.status());
        assertEquals(IntakeRequest.FAILED, failed.status());
        assertEquals(List.of(ok.id(), failed.id()), told.stream().map(Told::requestId).toList());
        assertEquals(List.of("proposed", "failed"), told.stream().map(t -> t.payload().get("status")).toList());
        assertTrue(told.stream().allMatch(t -> t.type().equals(RequestEvents.RECEIVED) && t.inTransaction()));
    }

    @Test
    void aListenerThatThrowsOnReceivedRollsTheProposalBackKeepsTheRequestAndIsNoParseFailure() {
        refusing();
        RequestInboxImpl inbox = new RequestInboxImpl(store, parsing(null), BoundCaller.withRole(Role.SALES));
        RequestEventDispatch.Refused e = assertThrows(RequestEventDispatch.Refused.class,
                () -> inbox.receive(new RequestInbox.Inbound("email", null, "12 bolts", null)));

        assertSame(IllegalStateException.class, e.getCause().getClass());
        assertEquals(1, db.requests.size(), "the request itself was stored before");
        IntakeRequestEntity kept = db.requests.values().iterator().next();
        assertEquals(RequestStore.RECEIVED, kept.status, "neither proposed nor marked failed");
        assertEquals(1, db.rollbacks);
    }

    private void refusing() {
        dispatch.bindListener((eventId, tenantId, type, requestId, payload) -> {
            throw new IllegalStateException("webhooks away");
        });
    }

    private static CatalogParsing parsing(RuntimeException failure) {
        return new CatalogParsing(null, null, null, null) {
            @Override
            public Answer parse(String text) {
                if (failure != null) {
                    throw failure;
                }
                return ANSWER;
            }
        };
    }
}
