package org.offerbridge.platform.api.files;

/** A file was larger than the limit it was stored under; nothing was kept. */
public class FileTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    public FileTooLargeException(long limit) {
        super("The file is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
