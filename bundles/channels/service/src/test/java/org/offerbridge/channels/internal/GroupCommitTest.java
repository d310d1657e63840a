package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The leader/follower mechanics alone: who commits, what each caller gets back, and that a lane goes on after a failure. */
class GroupCommitTest {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void tearDown() {
        release.countDown();
        callers.shutdownNow();
    }

    private void holdFirst() {
        if (groups.size() == 1) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void until(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("condition never held");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void eachCallerGetsItsOwnResultOrItsOwnError() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(64, (key, group) -> {
            groups.add(group.stream().map(GroupCommit.Piece::input).toList());
            holdFirst();
            for (GroupCommit.Piece<String, String> p : group) {
                if (p.input().startsWith("bad")) {
                    p.failed(new IllegalArgumentException(p.input()));
                } else {
                    p.done(key + "/" + p.input());
                }
            }
        });
        Future<String> first = callers.submit(() -> commit.submit("k", "first"));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        Future<String> good = callers.submit(() -> commit.submit("k", "good"));
        until(() -> commit.waiting("k") == 1);
        Future<String> bad = callers.submit(() -> commit.submit("k", "bad-one"));
        until(() -> commit.waiting("k") == 2);
        release.countDown();
        assertEquals("k/first", first.get(30, TimeUnit.SECONDS));
        assertEquals("k/good", good.get(30, TimeUnit.SECONDS));
        ExecutionException e = assertThrows(ExecutionException.class, () -> bad.get(30, TimeUnit.SECONDS));
        assertEquals("bad-one", e.getCause().getMessage());
        assertEquals(List.of(List.of("first"), List.of("good", "bad-one")), groups);
        assertEquals(0, commit.waiting("k"));
    }

    @Test
    void aCommitterThatThrowsFailsItsGroupAndTheNextGroupStillRuns() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        GroupCommit<String, String> commit = new GroupCommit<>(1, (key, group) -> {
            groups.add(group.stream().map(GroupCommit.Piece::input).toList());
            holdFirst();
            if (group.get(0).input().equals("second")) {
                throw boom;
            }
            group.forEach(p -> p.done(p.input()));
        });
        Future<String> first = callers.submit(() -> commit.submit("k", "first"));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        Future<String> second = callers.submit(() -> commit.submit("k", "second"));
        until(() -> commit.waiting("k") == 1);
        Future<String> third = callers.submit(() -> commit.submit("k", "third"));
        until(() -> commit.waiting("k") == 2);
        release.countDown();
        assertEquals("first", first.get(30, TimeUnit.SECONDS));
        assertSame(boom, assertThrows(ExecutionException.class, () -> second.get(30, TimeUnit.SECONDS)).getCause());
        assertEquals("third", third.get(30, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("first"), List.of("second"), List.of("third")), groups);
    }

    @Test
    void aPieceTheCommitterLeftUnansweredFailsInsteadOfHanging() {
        GroupCommit<String, String> commit = new GroupCommit<>(8, (key, group) -> {
        });
        assertThrows(IllegalStateException.class, () -> commit.submit("k", "lost"));
        assertEquals(0, commit.waiting("k"));
    }
}
