package org.offerbridge.platform.api.files;

/** How large one file and all files of one message (or form) may be, in bytes. */
public record FileLimits(long perFileBytes, long perMessageBytes) {
}
