package org.offerbridge.catalog.api;

/** Told about a running import, e.g. to move a progress bar; called on the importing thread. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (rows, bytesRead) -> { };

    /** Rows read so far and the bytes of the file consumed so far. */
    void progress(long rows, long bytesRead);
}
