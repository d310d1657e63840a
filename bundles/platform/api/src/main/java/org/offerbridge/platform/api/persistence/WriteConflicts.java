package org.offerbridge.platform.api.persistence;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Supplier;

/**
 * Concurrent writers that lost: a duplicate key (another writer inserted the same unique value first) or a row changed
 * since it was read (an optimistic-lock failure). Trying again reads what the winner committed, so such work is
 * retried a few times instead of failing the caller.
 *
 * @since 1.2
 */
public final class WriteConflicts {
    private WriteConflicts() {
    }

    /** True when {@code t} or a cause is a unique-key violation. */
    public static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code t} or a cause is a unique-key violation or an optimistic-lock failure. */
    public static boolean isConflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            // matched by name: javax.persistence's and EclipseLink's own OptimisticLockException alike
            if (c instanceof SQLIntegrityConstraintViolationException || c.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} (one whole transaction) up to {@code tries} times while it loses to a concurrent writer. */
    public static <T> T retrying(int tries, Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= tries || !isConflict(e)) {
                    throw e;
                }
            }
        }
    }
}
