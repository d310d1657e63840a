package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.internal.attachments.AttachmentIntake;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundFile;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;

/**
 * Concurrent inbound calls of a workspace are stored in one transaction on a real Derby, with every guarantee of a call
 * stored alone: each caller answered only after the commit holding its messages, with its own ids; a provider id twice
 * in one group stored once; a failing call failing alone; each workspace's calls in its own transactions. Groups are
 * formed deterministically: the first group of a workspace is held in its commit until the others have queued behind it.
 */
class InboundGroupCommitTest {
    private static final String T1 = "tenant-one";
    private static final String T2 = "tenant-two";

    private DerbyJpa jpa;
    private TenantTransactions tx;
    private final AttachmentIntake intake = mock(AttachmentIntake.class);
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final Gate gate = new Gate();

    @BeforeEach
    void setUp() {
        jpa = new DerbyJpa();
        tx = new TenantTransactions(jpa, mock(RequestContext.class));
    }

    @AfterEach
    void tearDown() {
        gate.releaseAll();
        callers.shutdownNow();
        jpa.close();
    }

    /** Records each group as "tenant:size" and holds the first group of the tenants it is told to hold. */
    private static final class Gate implements BiConsumer<String, Integer> {
        final List<String> groups = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, CountDownLatch> entered = new ConcurrentHashMap<>();
        final Map<String, CountDownLatch> release = new ConcurrentHashMap<>();
        final Set<String> seen = ConcurrentHashMap.newKeySet();

        void hold(String tenant) {
            entered.put(tenant, new CountDownLatch(1));
            release.put(tenant, new CountDownLatch(1));
        }

        void awaitEntered(String tenant) throws InterruptedException {
            assertTrue(entered.get(tenant).await(30, TimeUnit.SECONDS), "the first group of " + tenant + " never committed");
        }

        void release(String tenant) {
            release.get(tenant).countDown();
        }

        void releaseAll() {
            release.values().forEach(CountDownLatch::countDown);
        }

        @Override
        public void accept(String tenant, Integer size) {
            groups.add(tenant + ":" + size);
            if (seen.add(tenant) && release.containsKey(tenant)) {
                entered.get(tenant).countDown();
                try {
                    release.get(tenant).await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private InboundStore store(int maxGroup) {
        return new InboundStore(tx, intake, maxGroup, gate);
    }

    private StoredChannel channel(String tenant, String id) {
        return tx.callAs(tenant, em -> {
            ChannelEntity c = new ChannelEntity();
            c.id = id;
            c.kind = "webhook";
            c.name = "Inbound " + id;
            c.status = "connected";
            c.tokenHash = "hash-" + id;
            c.tokenSealed = "sealed-" + id;
            c.createdAt = 1;
            em.persist(c);
            return StoredChannel.of(tenant, c);
        });
    }

    /** A channel that is not (or no longer) there, as a token looked up just before it was deleted would give. */
    private static StoredChannel gone(String tenant) {
        return new StoredChannel(tenant, "deleted-channel", "webhook", "Gone", "connected", null, "sealed", Map.of(), null, null,
                null, null, null, null, 1);
    }

    private static InboundBatch message(String providerId, String thread) {
        return new InboundBatch(List.of(new InboundMessage(providerId, thread, new Conversation.Contact("Ann", null, null, null),
                "Please quote 12 bolts M8", List.of(), Instant.EPOCH, false)), List.of());
    }

    private static InboundBatch withFile(InboundBatch b) {
        InboundMessage m = b.messages().get(0);
        return new InboundBatch(List.of(m.withFiles(List.of(InboundFile.inline("list.csv", "text/csv", "a,b".getBytes())))),
                List.of());
    }

    private Future<List<InboundStore.Stored>> send(InboundStore store, StoredChannel channel, InboundBatch batch) {
        return callers.submit(() -> store.store(channel, batch, "{\"raw\":true}"));
    }

    /** Polls (no sleeping) until {@code condition} holds. */
    private static void until(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("never: " + what);
            }
            Thread.onSpinWait();
        }
    }

    private static InboundStore.Stored only(Future<List<InboundStore.Stored>> f) throws Exception {
        List<InboundStore.Stored> s = f.get(30, TimeUnit.SECONDS);
        assertEquals(1, s.size());
        return s.get(0);
    }

    private List<String[]> rows(String sql) throws Exception {
        try (Connection c = jpa.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String[]> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(row);
            }
            return out;
        }
    }

    private int count(String sql) throws Exception {
        return Integer.parseInt(rows(sql).get(0)[0]);
    }

    @Test
    void aCallAloneIsCommittedAtOnceOnItsOwnThread() throws Exception {
        InboundStore store = store(64);
        StoredChannel ch = channel(T1, "ch-1");
        List<InboundStore.Stored> s = store.store(ch, message("p-1", "thread-1"), "{}");
        assertEquals(List.of(T1 + ":1"), gate.groups);
        assertTrue(s.get(0).isNew());
        assertEquals(1, count("SELECT COUNT(*) FROM OB_CHANNEL_MESSAGE WHERE PROVIDER_MESSAGE_ID = 'p-1'"));
    }

    @Test
    void callsArrivingDuringACommitAreStoredTogetherInTheNextTransactionEachWithItsOwnIds() throws Exception {
        InboundStore store = store(64);
        StoredChannel ch = channel(T1, "ch-1");
        gate.hold(T1);
        Future<List<InboundStore.Stored>> a = send(store, ch, message("p-a", "thread-a"));
        gate.awaitEntered(T1);
        List<Future<List<InboundStore.Stored>>> others = List.of(send(store, ch, message("p-b", "thread-b")),
                send(store, ch, message("p-c", "thread-c")), send(store, ch, message("p-d", "thread-d")));
        until(() -> store.waiting(T1) == 3, "three calls wait behind the commit");
        for (Future<?> f : others) {
            assertFalse(f.isDone(), "nobody is answered before the commit holding its message");
        }
        gate.release(T1);
        Set<String> messageIds = new HashSet<>();
        Set<String> conversationIds = new HashSet<>();
        for (Future<List<InboundStore.Stored>> f : List.of(a, others.get(0), others.get(1), others.get(2))) {
            InboundStore.Stored s = only(f);
            assertTrue(s.isNew());
            messageIds.add(s.messageId());
            conversationIds.add(s.conversationId());
        }
        assertEquals(List.of(T1 + ":1", T1 + ":3"), gate.groups);
        assertEquals(4, messageIds.size());
        assertEquals(4, conversationIds.size());
        for (String[] row : rows("SELECT ID, CONVERSATION_ID, PROVIDER_MESSAGE_ID FROM OB_CHANNEL_MESSAGE")) {
            assertTrue(messageIds.contains(row[0]), "each answer names its stored message");
            assertTrue(conversationIds.contains(row[1]));
        }
        assertEquals(4, count("SELECT COUNT(*) FROM OB_CHANNEL_MESSAGE"));
        assertEquals(4, count("SELECT COUNT(*) FROM OB_CHANNEL_WORK WHERE WORK_TYPE = 'inbound'"));
        assertEquals(1, count("SELECT COUNT(*) FROM OB_CHANNEL_MESSAGE WHERE PROVIDER_MESSAGE_ID = 'p-b' AND RAW IS NOT NULL"),
                "each call's raw payload is kept with its first message");
    }

    @Test
    void aGroupHoldsAtMostMaxGroupCalls() throws Exception {
        InboundStore store = store(2);
        StoredChannel ch = channel(T1, "ch-1");
        gate.hold(T1);
        Future<List<InboundStore.Stored>> a = send(store, ch, message("p-a", "thread-a"));
        gate.awaitEntered(T1);
        List<Future<List<InboundStore.Stored>>> all = new ArrayList<>(List.of(a));
        for (String p : List.of("p-b", "p-c", "p-d")) {
            all.add(send(store, ch, message(p, "thread-" + p)));
        }
        until(() -> store.waiting(T1) == 3, "three calls wait behind the commit");
        gate.release(T1);
        for (Future<List<InboundStore.Stored>> f : all) {
            assertTrue(only(f).isNew());
        }
        assertEquals(List.of(T1 + ":1", T1 + ":2", T1 + ":1"), gate.groups);
        assertEquals(4, count("SELECT COUNT(*) FROM OB_CHANNEL_MESSAGE"));
    }

    @Test
    void theSameProviderIdTwiceInOneGroupIsOneMessageAndBothCallersGetItsIds() throws Exception {
        AttachmentIntake.Prepared first = new AttachmentIntake.Prepared(List.of(), List.of("file-first"));
        AttachmentIntake.Prepared second = new AttachmentIntake.Prepared(List.of(), List.of("file-second"));
        when(intake.prepare(eq(T1), eq("ch-1"), anyList())).thenReturn(first, second);
        InboundStore store = store(64);
        StoredChannel ch = channel(T1, "ch-1");
        gate.hold(T1);
        Future<List<InboundStore.Stored>> a = send(store, ch, message("p-a", "thread-a"));
        gate.awaitEntered(T1);
        Future<List<InboundStore.Stored>> b = send(store, ch, withFile(message("p-dup", "thread-dup")));
        until(() -> store.waiting(T1) == 1, "the first copy waits");
        Future<List<InboundStore.Stored>> c = send(store, ch, withFile(message("p-dup", "thread-dup")));
        until(() -> store.waiting(T1) == 2, "the provider's fast retry waits in the same group");
        gate.release(T1);
        assertTrue(only(a).isNew());
        InboundStore.Stored sb = only(b);
        InboundStore.Stored sc = only(c);
        assertEquals(List.of(T1 + ":1", T1 + ":2"), gate.groups);
        assertEquals(sb.messageId(), sc.messageId());
        assertEquals(sb.conversationId(), sc.conversationId());
        assertTrue(sb.isNew());
        assertFalse(sc.isNew(), "the second copy answers as the first");
        assertEquals(1, count("SELECT COUNT(*) FROM OB_CHANNEL_MESSAGE WHERE PROVIDER_MESSAGE_ID = 'p-dup'"));
        assertEquals(1, count("SELECT COUNT(*) FROM OB_CHANNEL_WORK WHERE MESSAGE_ID = '" + sb.messageId() + "'"));
        verify(intake).discard(T1, "ch-1", List.of("file-second"));
        verify(intake, never()).discard(T1, "ch-1", List.of("file-first"));
    }

    @Test
    void aMessageStoredByAnEarlierGroupAnswersAsTheFirstTime() throws Exception {
        InboundStore store = store(64);
        StoredChannel ch = channel(T1, "ch-1");
        InboundStore.Stored earlier = store.store(ch, message("p-x", "thread-x"), "{}").get(0);
        gate.groups.clear();
        gate.seen.clear();
        gate.hold(T1);
        Future<List<InboundStore.Stored>> a = send(store, ch, message("p-a", "thread-a"));
        gate.awaitEntered(T1);
        Future<List<InboundStore.Stored>> again = send(store, ch, message("p-x", "thread-x"));
        Future<List<InboundStore.Stored>> other = send(store, ch, message("p-y", "thread-y"));
        until(() -> store.waiting(T1) == 2, "both wait behind the commit");
        gate.release(T1);
        only(a);
        assertEquals(new InboundStore.Stored(earlier.messageId(), earlier.conversationId(), false), only(again));
        assertTrue(only(other).isNew());
        assertEquals(List.of(T1 + ":1", T1 + ":2"), gate.groups);
        assertEquals(1, count("SELECT COUNT(*) FROM OB_CHANNEL_MESSAGE WHERE PROVIDER_MESSAGE_ID = 'p-x'"));
    }

    @Test
    void aFailingCallFailsAloneWithItsOwnErrorAndItsFilesAreDiscarded() throws Exception {
        AttachmentIntake.Prepared files = new AttachmentIntake.Prepared(List.of(), List.of("file-of-gone"));
        when(intake.prepare(eq(T1), eq("deleted-channel"), anyList())).thenReturn(files);
        InboundStore store = store(64);
        StoredChannel ch = channel(T1, "ch-1");
        gate.hold(T1);
        Future<List<InboundStore.Stored>> a = send(store, ch, message("p-a", "thread-a"));
        gate.awaitEntered(T1);
        Future<List<InboundStore.Stored>> b = send(store, ch, message("p-b", "thread-b"));
        Future<List<InboundStore.Stored>> bad = send(store, gone(T1), withFile(message("p-bad", "thread-bad")));
        Future<List<InboundStore.Stored>> d = send(store, ch, message("p-d", "thread-d"));
        until(() -> store.waiting(T1) == 3, "three calls wait behind the commit");
        gate.release(T1);
        assertTrue(only(a).isNew());
        assertTrue(only(b).isNew());
        assertTrue(only(d).isNew());
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> bad.get(30, TimeUnit.SECONDS));
        ProblemException p = assertInstanceOf(ProblemException.class, e.getCause());
        assertEquals(404, p.status());
        assertEquals(List.of(T1 + ":1", T1 + ":3"), gate.groups);
        assertEquals(3, count("SELECT COUNT(*) FROM OB_CHANNEL_MESSAGE"));
        assertEquals(0, count("SELECT COUNT(*) FROM OB_CHANNEL_MESSAGE WHERE CHANNEL_ID = 'deleted-channel'"));
        verify(intake).discard(T1, "deleted-channel", List.of("file-of-gone"));
        verify(intake, never()).discard(eq(T1), eq("ch-1"), any());
    }

    @Test
    void eachWorkspaceCommitsItsOwnGroupsUnderItsOwnTenantWithoutWaitingForAnother() throws Exception {
        InboundStore store = store(64);
        StoredChannel one = channel(T1, "ch-one");
        StoredChannel two = channel(T2, "ch-two");
        gate.hold(T1);
        gate.hold(T2);
        List<Future<List<InboundStore.Stored>>> all = new ArrayList<>();
        all.add(send(store, one, message("p-1a", "thread-1a")));
        gate.awaitEntered(T1);
        // the second workspace's first call commits while the first workspace's group is still in its commit
        all.add(send(store, two, message("p-2a", "thread-2a")));
        gate.awaitEntered(T2);
        all.add(send(store, one, message("p-1b", "thread-1b")));
        all.add(send(store, two, message("p-2b", "thread-2b")));
        all.add(send(store, one, message("p-1c", "thread-1c")));
        all.add(send(store, two, message("p-2c", "thread-2c")));
        until(() -> store.waiting(T1) == 2 && store.waiting(T2) == 2, "two calls of each workspace wait");
        gate.release(T2);
        gate.release(T1);
        for (Future<List<InboundStore.Stored>> f : all) {
            assertTrue(only(f).isNew());
        }
        List<String> groups = new ArrayList<>(gate.groups);
        assertEquals(4, groups.size());
        assertEquals(List.of(T1 + ":1", T1 + ":2"), groups.stream().filter(g -> g.startsWith(T1)).toList());
        assertEquals(List.of(T2 + ":1", T2 + ":2"), groups.stream().filter(g -> g.startsWith(T2)).toList());
        for (String table : List.of("OB_CHANNEL_MESSAGE", "OB_CONVERSATION", "OB_CHANNEL_WORK")) {
            List<String[]> rows = rows("SELECT TENANT_ID, CHANNEL_ID FROM " + table);
            assertEquals(6, rows.size(), table);
            for (String[] row : rows) {
                assertEquals(row[1].equals("ch-one") ? T1 : T2, row[0], table + ": every row under its own channel's tenant");
            }
        }
        assertEquals(0, (long) tx.callAs(T2, em -> em.createQuery("select count(m) from MessageEntity m where m.channelId = 'ch-one'",
                Long.class).getSingleResult()));
    }

    @Test
    void noCallIsAnsweredBeforeItsCommitAndAnswersAreNotMixedUnderLoad() throws Exception {
        InboundStore store = store(64);
        StoredChannel ch = channel(T1, "ch-1");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<InboundStore.Stored>>> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            InboundBatch b = message("p-" + i, "thread-" + i);
            all.add(callers.submit(() -> {
                start.await();
                return store.store(ch, b, "{}");
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            InboundStore.Stored s = only(all.get(i));
            ids.add(s.messageId());
            // answered: its message is committed, and it is the message this call carried
            List<String[]> row = rows("SELECT PROVIDER_MESSAGE_ID FROM OB_CHANNEL_MESSAGE WHERE ID = '" + s.messageId() + "'");
            assertEquals("p-" + i, row.get(0)[0]);
        }
        assertEquals(40, ids.size());
        assertEquals(40, gate.groups.stream().mapToInt(g -> Integer.parseInt(g.substring(g.indexOf(':') + 1))).sum());
        assertNotEquals(0, gate.groups.size());
    }
}
