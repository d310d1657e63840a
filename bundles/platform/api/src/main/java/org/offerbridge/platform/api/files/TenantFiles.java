package org.offerbridge.platform.api.files;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The bound workspace's files. Every call acts for the tenant of the bound caller (the REST gateway binds it, background
 * work binds it with {@code RequestContext.runAs}) and throws without one; a file of another workspace is never found.
 * Files are written atomically (a temporary file moved into place), so a reader never sees half a file.
 */
@ProviderType
public interface TenantFiles {

    /** The configured limits; callers enforce the per-message one over the files they store together. */
    FileLimits limits();

    /**
     * Stores the bytes read from {@code content} (read to its end, not closed) as a new file. {@code purpose} groups
     * files for retention (e.g. {@code channel-attachment}); {@code fileName} is what the sender called it and is
     * sanitised ({@link FileNames#sanitise}). Throws {@link FileTooLargeException} when more than
     * {@code maxBytes} bytes (and at most the per-file limit) arrive; nothing is kept then.
     */
    StoredFile store(String purpose, String fileName, InputStream content, long maxBytes);

    /** The file's metadata, if the bound workspace has it. */
    Optional<StoredFile> find(String id);

    /** The file's bytes, if the bound workspace has it; the caller closes the stream. */
    Optional<InputStream> open(String id);

    /** Deletes the file; false when the bound workspace has no such file. */
    boolean delete(String id);

    /**
     * Retention: deletes the bound workspace's files of {@code purpose} stored before {@code before}, and files left on
     * disk without their row (a transaction that rolled back). Returns how many rows were deleted.
     */
    int deleteOlderThan(String purpose, Instant before);
}
