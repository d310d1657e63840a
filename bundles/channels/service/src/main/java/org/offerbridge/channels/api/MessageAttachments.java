package org.offerbridge.channels.api;

import java.io.InputStream;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The stored files of the bound workspace's conversations, for download (the REST API and the admin UI): found by
 * conversation and attachment id together, so an id of another conversation or workspace is never found.
 *
 * @since 1.1
 */
@ProviderType
public interface MessageAttachments {

    /** An open stored file: {@code contentType} as sniffed from its bytes; the caller closes {@code content}. */
    record Download(String name, String contentType, long size, InputStream content) {
    }

    /** The attachment's bytes when it is stored; empty when it is pending, failed, too large or not found. */
    Optional<Download> open(String conversationId, String attachmentId);
}
