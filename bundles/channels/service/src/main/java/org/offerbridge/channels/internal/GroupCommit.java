package org.offerbridge.channels.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Leader/follower group commit: concurrent callers with the same key (a tenant: one transaction is bound to one tenant)
 * hand their work over and wait; one of them, the leader, commits all work waiting at that moment as one group, at most
 * {@code maxGroup} pieces, and answers each caller. No timer and no added latency for a caller alone: it leads at once.
 * Work that arrives while a group commits waits for the next group, led by its oldest caller. Keys do not wait for
 * each other.
 */
final class GroupCommit<I, O> {
    /** Commits one group: completes every piece, with its own result or its own error. */
    interface Committer<I, O> {
        void commit(String key, List<Piece<I, O>> group);
    }

    /** One caller's work in a group. */
    static final class Piece<I, O> {
        private final I input;
        /** Completes with true once answered, with false when its caller is to lead the next group. */
        private final CompletableFuture<Boolean> turn = new CompletableFuture<>();
        private O result;
        private RuntimeException error;
        private boolean answered;

        Piece(I input) {
            this.input = input;
        }

        I input() {
            return input;
        }

        void done(O value) {
            result = value;
            answered = true;
        }

        void failed(RuntimeException e) {
            error = e;
            answered = true;
        }

        boolean answered() {
            return answered;
        }
    }

    private static final class Lane<I, O> {
        final ArrayDeque<Piece<I, O>> waiting = new ArrayDeque<>();
    }

    private final int maxGroup;
    private final Committer<I, O> committer;
    /** The keys with a group committing; guarded by itself. A key is absent when nothing of it waits or commits. */
    private final Map<String, Lane<I, O>> lanes = new HashMap<>();

    GroupCommit(int maxGroup, Committer<I, O> committer) {
        if (maxGroup < 1) {
            throw new IllegalArgumentException("maxGroup");
        }
        this.maxGroup = maxGroup;
        this.committer = committer;
    }

    /** Commits {@code input} in a group of its key and returns its own result, or throws its own error. */
    O submit(String key, I input) {
        Piece<I, O> piece = new Piece<>(input);
        Lane<I, O> lane;
        boolean lead;
        synchronized (lanes) {
            lane = lanes.get(key);
            lead = lane == null;
            if (lead) {
                lane = new Lane<>();
                lanes.put(key, lane);
            }
            lane.waiting.add(piece);
        }
        // a follower waits without heeding interrupts: once handed over, its work may be committed at any moment, and
        // its caller is answered only with what happened to it
        if (lead || !piece.turn.join()) {
            lead(key, lane);
        }
        if (piece.error != null) {
            throw piece.error;
        }
        return piece.result;
    }

    /** Commits the oldest waiting pieces (this caller's among them), then hands the lane on. */
    private void lead(String key, Lane<I, O> lane) {
        List<Piece<I, O>> group = new ArrayList<>();
        synchronized (lanes) {
            while (group.size() < maxGroup && !lane.waiting.isEmpty()) {
                group.add(lane.waiting.poll());
            }
        }
        try {
            committer.commit(key, group);
        } catch (RuntimeException | Error e) {
            for (Piece<I, O> p : group) {
                if (!p.answered()) {
                    p.failed(e instanceof RuntimeException r ? r : new IllegalStateException("The group's commit failed", e));
                }
            }
            if (e instanceof Error err) {
                handOn(key, lane, group);
                throw err;
            }
        }
        handOn(key, lane, group);
    }

    private void handOn(String key, Lane<I, O> lane, List<Piece<I, O>> group) {
        Piece<I, O> next;
        synchronized (lanes) {
            next = lane.waiting.peek();
            if (next == null) {
                lanes.remove(key);
            }
        }
        for (Piece<I, O> p : group) {
            if (!p.answered()) {
                p.failed(new IllegalStateException("The group's commit left a call unanswered"));
            }
            p.turn.complete(true);
        }
        if (next != null) {
            next.turn.complete(false);
        }
    }

    /** How many calls of {@code key} wait for a group (not counting one committing); for tests. */
    int waiting(String key) {
        synchronized (lanes) {
            Lane<I, O> lane = lanes.get(key);
            return lane == null ? 0 : lane.waiting.size();
        }
    }
}
