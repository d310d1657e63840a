package org.offerbridge.platform.api.files;

import java.time.Instant;

/**
 * One stored file of the bound workspace: {@code id} is random and names the file on disk, {@code name} the sanitised
 * name to show and offer on download, {@code contentType} what the bytes are (sniffed, never the sender's claim),
 * {@code sha256} the lower-case hex digest of the bytes.
 */
public record StoredFile(String id, String purpose, String name, String contentType, long size, String sha256, Instant createdAt) {
}
