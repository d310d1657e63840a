package org.offerbridge.platform.internal.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeKeyCipherTest {
    @TempDir
    Path data;

    private Path keyFile() {
        return data.resolve("offerbridge").resolve("node.key");
    }

    @Test
    void roundTripsWithoutShowingThePlaintext() {
        NodeKeyCipher cipher = new NodeKeyCipher(keyFile());
        String sealed = cipher.encrypt("sk-live-abc123");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("sk-live"));
        assertEquals("sk-live-abc123", cipher.decrypt(sealed));
        assertNotEquals(sealed, cipher.encrypt("sk-live-abc123"), "a fresh IV each time");
    }

    @Test
    void theKeyIsCreatedOnFirstUseOwnerOnlyAndReusedAfterRestart() throws Exception {
        NodeKeyCipher first = new NodeKeyCipher(keyFile());
        assertFalse(Files.exists(keyFile()), "nothing is written before it is needed");
        String sealed = first.encrypt("secret");
        assertTrue(Files.exists(keyFile()));
        if (Files.getFileStore(keyFile()).supportsFileAttributeView("posix")) {
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(keyFile()));
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(keyFile().getParent()));
        }
        assertEquals("secret", new NodeKeyCipher(keyFile()).decrypt(sealed));
    }

    @Test
    void anAlteredValueOrAnotherNodesKeyDoesNotDecrypt() throws Exception {
        NodeKeyCipher cipher = new NodeKeyCipher(keyFile());
        String sealed = cipher.encrypt("secret");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(altered));
        NodeKeyCipher other = new NodeKeyCipher(data.resolve("other").resolve("node.key"));
        assertThrows(IllegalStateException.class, () -> other.decrypt(sealed));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("plain text"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:%%%"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:AAAA"));
    }

    @Test
    void aDamagedKeyFileIsReportedNotReplaced() throws Exception {
        Files.createDirectories(keyFile().getParent());
        Files.writeString(keyFile(), "short");
        assertThrows(IllegalStateException.class, () -> new NodeKeyCipher(keyFile()).encrypt("x"));
        assertEquals("short", Files.readString(keyFile()));
    }

    @Test
    void nothingToEncryptIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new NodeKeyCipher(keyFile()).encrypt(null));
    }
}
