package org.offerbridge.catalog.api;

import java.util.List;

/**
 * What a CSV import did. Lines with errors were skipped; all other lines were applied (or, for a dry run,
 * would have been).
 */
public record ImportResult(int imported, int updated, List<LineError> errors, long errorCount, long rows,
        boolean dryRun, long durationMillis) {
    /** At most this many errors are listed; {@code errorCount} has them all. */
    public static final int MAX_LISTED_ERRORS = 1000;


    /** A problem on one line of the file; {@code line} counts the header as line 1. */
    public record LineError(long line, String field, String message) {
    }
}
