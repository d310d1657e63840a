package org.offerbridge.platform.internal.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The node key on disk: read when present, otherwise written once with owner-only permissions. The file is
 * complete before it appears (written aside, then moved), so a crash never leaves half a key behind.
 */
final class NodeKeyFile {

    private NodeKeyFile() {
    }

    static byte[] readOrCreate(Path file, int bytes, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                create(file, bytes, random);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != bytes) {
                throw new IllegalStateException("The node key file " + file + " is damaged");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the node key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The node key file " + file + " is damaged");
        }
    }

    private static void create(Path file, int bytes, SecureRandom random) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
        byte[] key = new byte[bytes];
        random.nextBytes(key);
        Path temp = posix
                ? Files.createTempFile(dir, "node", ".tmp", ownerOnly())
                : Files.createTempFile(dir, "node", ".tmp");
        try {
            if (!posix) {
                restrictToOwner(temp);
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file); // a rename within the folder; never replaces an existing key
            } catch (FileAlreadyExistsException e) {
                // another process created it first: use theirs
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        if (posix && !Files.getPosixFilePermissions(file).equals(PosixFilePermissions.fromString("rw-------"))) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    private static void restrictToOwner(Path p) {
        java.io.File f = p.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
    }
}
