package org.offerbridge.platform.internal.gateway;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.ws.rs.container.ContainerRequestContext;

/**
 * Copies a bulk upload to a temporary file while hashing it, so that a 100 MB CSV costs disk, not heap, and
 * idempotency can still compare bodies. The file is deleted when the resource closes the stream or, at the
 * latest, when the response is written.
 */
final class UploadSpool {
    private static final String PROPERTY = "offerbridge.upload.spool";

    private UploadSpool() {
    }

    /** Spools the body; returns its SHA-256, or null when it exceeds {@code max} bytes (nothing kept). */
    static byte[] spool(ContainerRequestContext request, long max) throws IOException {
        if (request.getLength() > max) {
            return null;
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path file = Files.createTempFile("offerbridge-upload-", ".tmp");
        boolean kept = false;
        try (InputStream in = new DigestInputStream(request.getEntityStream(), sha256);
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > max) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
        request.setProperty(PROPERTY, file);
        request.setEntityStream(new FileInputStream(file.toFile()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        });
        return sha256.digest();
    }

    /** Deletes the spooled file if the resource never read it. */
    static void discard(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the temp directory is cleaned on restart; nothing else to do
            }
        }
    }
}
