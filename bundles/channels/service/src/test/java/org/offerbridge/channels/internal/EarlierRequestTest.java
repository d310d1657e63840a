package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;

/** A work item run again after a stop between the parser's commit and ours finds the request it made instead of a second. */
class EarlierRequestTest {
    private static final Instant STORED = Instant.parse("2026-12-07T10:00:00Z");

    private final Inbox inbox = new Inbox();

    /** One run of the work item for a message, as InboundProcessing does it: a later run looks first. */
    private IntakeRequest run(int attempt, String text, Set<String> taken) {
        if (attempt > 1) {
            Optional<IntakeRequest> earlier = EarlierRequest.find(inbox, "conv1", "webhook", text, STORED, taken);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        return inbox.receive(new RequestInbox.Inbound("webhook", null, text, List.of(), "conv1"));
    }

    @Test
    void theSameWorkItemRunTwiceAfterACrashMakesOneRequest() {
        inbox.now = STORED.plusMillis(20);
        IntakeRequest first = run(1, "12 M8 hex bolts\r\n", Set.of()); // ... and the node stops before the item is recorded done
        inbox.now = STORED.plusSeconds(90);
        IntakeRequest second = run(2, "12 M8 hex bolts\r\n", Set.of());

        assertEquals(first.id(), second.id());
        assertEquals(1, inbox.requests.size());
    }

    @Test
    void aRunThatStoppedBeforeTheParserCommittedMakesTheRequestThen() {
        inbox.now = STORED.plusMillis(20);
        run(1, "Something else", Set.of("r-taken"));
        IntakeRequest made = run(2, "12 M8 hex bolts", Set.of());
        assertEquals("12 M8 hex bolts", made.text());
        assertEquals(2, inbox.requests.size(), "another message's request with another text is not taken");
    }

    @Test
    void aRequestAnotherMessageNamesOrOneFromBeforeTheMessageIsNotTaken() {
        inbox.now = STORED.minusMillis(EarlierRequest.CLOCK_MARGIN_MILLIS + 1);
        inbox.receive(new RequestInbox.Inbound("webhook", null, "thanks", List.of(), "conv1"));
        inbox.now = STORED.plusMillis(5);
        IntakeRequest named = inbox.receive(new RequestInbox.Inbound("webhook", null, "thanks", List.of(), "conv1"));

        assertTrue(EarlierRequest.find(inbox, "conv1", "webhook", "thanks", STORED, Set.of(named.id())).isEmpty());
        assertTrue(EarlierRequest.find(inbox, "conv1", "email", "thanks", STORED, Set.of()).isEmpty(), "another channel kind");
        assertEquals(named.id(), EarlierRequest.find(inbox, "conv1", "webhook", " thanks ", STORED, Set.of()).orElseThrow().id());
    }

    @Test
    void twoInterruptedMessagesWithTheSameTextEachKeepOneRequest() {
        inbox.now = STORED.plusMillis(1);
        IntakeRequest a = run(1, "same", Set.of());
        inbox.now = STORED.plusMillis(2);
        IntakeRequest b = run(1, "same", Set.of());
        inbox.now = STORED.plusSeconds(60);

        IntakeRequest againA = run(2, "same", Set.of());
        IntakeRequest againB = run(2, "same", Set.of(againA.id()));
        assertEquals(a.id(), againA.id(), "the oldest first");
        assertEquals(b.id(), againB.id());
        assertEquals(2, inbox.requests.size());
    }

    @Test
    void searchesPastOnePageOfTheConversationsRequests() {
        inbox.now = STORED.plusMillis(1);
        IntakeRequest mine = run(1, "the order", Set.of());
        for (int i = 0; i < EarlierRequest.PAGE + 5; i++) {
            inbox.now = STORED.plusMillis(10 + i);
            inbox.receive(new RequestInbox.Inbound("webhook", null, "follow-up " + i, List.of(), "conv1"));
        }
        assertEquals(mine.id(), EarlierRequest.find(inbox, "conv1", "webhook", "the order", STORED, Set.of()).orElseThrow().id());
    }

    /** The parser's inbox, as far as intake and listing go: requests by id (which sorts by time), newest first. */
    private static final class Inbox implements RequestInbox {
        final List<IntakeRequest> requests = new ArrayList<>();
        Instant now = STORED;

        @Override
        public IntakeRequest receive(Inbound in) {
            String id = String.format("%015d-%03d", now.toEpochMilli(), requests.size());
            IntakeRequest r = new IntakeRequest(id, in.channel(), in.sender(), EarlierRequest.normal(in.text()), in.attachments(),
                    IntakeRequest.PROPOSED, null, "en", null, now, now, "builtin", null, null, in.conversationId());
            requests.add(r);
            return r;
        }

        @Override
        public List<IntakeRequest> list(String status, String conversationId, String beforeId, int limit) {
            return requests.stream().filter(r -> conversationId.equals(r.conversationId()))
                    .filter(r -> beforeId == null || r.id().compareTo(beforeId) < 0)
                    .sorted(Comparator.comparing(IntakeRequest::id).reversed()).limit(limit).toList();
        }

        @Override
        public List<IntakeRequest> list(String status, String beforeId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(String status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<IntakeRequest> get(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IntakeRequest reparse(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IntakeRequest editProposal(String id, List<LineEdit> lines, List<ItemEdit> unmatched) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IntakeRequest confirm(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IntakeRequest markForReview(String id, List<LineEdit> lines, List<ItemEdit> unmatched, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Correction> corrections(int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
