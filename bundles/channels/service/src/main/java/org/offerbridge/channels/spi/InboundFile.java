package org.offerbridge.channels.spi;

import java.util.Arrays;

/**
 * A file that came with an inbound message: its bytes when the call carried them (an email's MIME part), or the
 * provider's reference to fetch them later with {@link ChannelKind#download} (a WhatsApp media id, a Telegram
 * {@code file_id}, an Instagram attachment URL), or neither when the kind already knows it is larger than it reads
 * ({@code tooLarge}). {@code name} and {@code contentType} are the sender's and are not trusted: the file store
 * sanitises the one and sniffs the other.
 *
 * @since 1.3
 */
public record InboundFile(String name, String contentType, Long size, byte[] bytes, String ref, boolean tooLarge) {

    public static InboundFile inline(String name, String contentType, byte[] bytes) {
        return new InboundFile(name, contentType, (long) bytes.length, bytes, null, false);
    }

    public static InboundFile remote(String name, String contentType, Long size, String ref) {
        return new InboundFile(name, contentType, size, null, ref, false);
    }

    public static InboundFile oversized(String name, String contentType, Long size) {
        return new InboundFile(name, contentType, size, null, null, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundFile f && java.util.Objects.equals(name, f.name) && java.util.Objects.equals(contentType, f.contentType)
                && java.util.Objects.equals(size, f.size) && Arrays.equals(bytes, f.bytes) && java.util.Objects.equals(ref, f.ref)
                && tooLarge == f.tooLarge;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, contentType, size, Arrays.hashCode(bytes), ref, tooLarge);
    }

    @Override
    public String toString() {
        return "InboundFile[" + name + ", " + contentType + ", " + size + (bytes != null ? ", inline" : ref != null ? ", remote" : "")
                + (tooLarge ? ", too large" : "") + "]";
    }
}
