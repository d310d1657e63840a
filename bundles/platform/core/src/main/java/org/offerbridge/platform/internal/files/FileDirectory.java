package org.offerbridge.platform.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.offerbridge.platform.api.files.FileTooLargeException;

/**
 * The files on disk: {@code <root>/<tenant>/<id>}, where both parts are checked to be plain ids (never a name a user
 * chose), written to a temporary file in the same folder and moved into place when complete.
 */
final class FileDirectory {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final String TEMP_PREFIX = ".part-";

    private final Path root;

    FileDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** What was written: the file's size, digest and first bytes (for sniffing). */
    record Written(long size, String sha256, byte[] head, int headLength) {
    }

    Path tenantDir(String tenantId) {
        return root.resolve(checked(tenantId));
    }

    Path path(String tenantId, String id) {
        return tenantDir(tenantId).resolve(checked(id));
    }

    /** Copies {@code in} to the file {@code id} of the tenant; nothing is left behind when it fails or is too large. */
    Written write(String tenantId, String id, InputStream in, long maxBytes) throws IOException {
        Path dir = Files.createDirectories(tenantDir(tenantId));
        Path temp = dir.resolve(TEMP_PREFIX + checked(id));
        MessageDigest sha = sha256();
        byte[] head = new byte[ContentSniffer.HEAD];
        int headLength = 0;
        long size = 0;
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buf = new byte[16 * 1024];
                for (int n; (n = in.read(buf)) >= 0;) {
                    size += n;
                    if (size > maxBytes) {
                        throw new FileTooLargeException(maxBytes);
                    }
                    if (headLength < head.length) {
                        int k = Math.min(n, head.length - headLength);
                        System.arraycopy(buf, 0, head, headLength, k);
                        headLength += k;
                    }
                    sha.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            Path target = dir.resolve(checked(id));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            done = true;
            return new Written(size, HexFormat.of().formatHex(sha.digest()), head, headLength);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static String checked(String part) {
        if (part == null || !ID.matcher(part).matches()) {
            throw new IllegalArgumentException("not a plain id");
        }
        return part;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
