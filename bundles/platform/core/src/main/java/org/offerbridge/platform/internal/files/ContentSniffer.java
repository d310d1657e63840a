package org.offerbridge.platform.internal.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its first bytes (Apache Tika's magic numbers), with the name only as a hint where the bytes
 * allow it (a zip named .xlsx is a spreadsheet; a PDF named .jpg stays a PDF). Tika core's MimeTypes alone: no
 * parsers, no service loading, so it behaves the same in OSGi as in a unit test.
 */
final class ContentSniffer {
    /** Tika's magic patterns look at most this far in. */
    static final int HEAD = 64 * 1024;
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes(MimeTypes.class.getClassLoader());

    private ContentSniffer() {
    }

    static String detect(byte[] head, int length, String name) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (ByteArrayInputStream in = new ByteArrayInputStream(head, 0, length)) {
            MediaType type = TYPES.detect(in, metadata);
            return type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }
}
