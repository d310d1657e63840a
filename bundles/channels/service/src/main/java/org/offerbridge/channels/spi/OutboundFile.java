package org.offerbridge.channels.spi;

/**
 * A file sent with an outbound message (a quote's PDF): small enough to be held in memory. {@code name} is the file
 * name the contact sees, {@code contentType} e.g. {@code application/pdf}.
 *
 * @since 1.3
 */
public record OutboundFile(String name, String contentType, byte[] bytes) {
    public OutboundFile {
        if (name == null || name.isBlank() || contentType == null || bytes == null) {
            throw new IllegalArgumentException("a file needs a name, a content type and its bytes");
        }
    }

    @Override
    public String toString() {
        return "OutboundFile[" + name + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
