package org.offerbridge.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WriteConflictsTest {

    /** Named as JPA's and EclipseLink's are: matched by name. */
    static final class OptimisticLockException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("commit failed", new RuntimeException(cause));
    }

    @Test
    void aDuplicateKeyDeepInTheCausesIsAUniqueViolationAndAConflict() {
        RuntimeException e = wrapped(new SQLIntegrityConstraintViolationException("duplicate key"));
        assertTrue(WriteConflicts.isUniqueViolation(e));
        assertTrue(WriteConflicts.isConflict(e));
    }

    @Test
    void aChangedRowIsAConflictButNoUniqueViolation() {
        RuntimeException e = wrapped(new OptimisticLockException());
        assertFalse(WriteConflicts.isUniqueViolation(e));
        assertTrue(WriteConflicts.isConflict(e));
        assertFalse(WriteConflicts.isConflict(new IllegalArgumentException("bad input")));
    }

    @Test
    void retriesWhileItLosesAndThenAnswers() {
        AtomicInteger calls = new AtomicInteger();
        String answer = WriteConflicts.retrying(3, () -> {
            if (calls.incrementAndGet() < 3) {
                throw wrapped(new OptimisticLockException());
            }
            return "won";
        });
        assertEquals("won", answer);
        assertEquals(3, calls.get());
    }

    @Test
    void givesUpAfterItsTriesAndNeverRetriesOtherFailures() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException conflict = wrapped(new OptimisticLockException());
        assertSame(conflict, assertThrows(RuntimeException.class, () -> WriteConflicts.retrying(3, () -> {
            calls.incrementAndGet();
            throw conflict;
        })));
        assertEquals(3, calls.get());
        calls.set(0);
        assertThrows(IllegalArgumentException.class, () -> WriteConflicts.retrying(3, () -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("bad input");
        }));
        assertEquals(1, calls.get());
    }
}
