package org.offerbridge.platform.internal.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.offerbridge.platform.api.secrets.SecretCipher;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * AES-256-GCM with a random key kept in a file under Karaf's data folder, created on first use and readable by
 * the server's user only. The key never enters the database, so a database dump alone reveals no secret.
 * Values look like {@code v1:<base64 of 12-byte IV + ciphertext + 16-byte tag>}.
 */
@Component(service = SecretCipher.class)
public class NodeKeyCipher implements SecretCipher {
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    /** Binds ciphertexts to their purpose, so nothing else encrypted with AES-GCM elsewhere decrypts here. */
    private static final byte[] AAD = "offerbridge-secret-v1".getBytes(StandardCharsets.US_ASCII);

    private final SecureRandom random = new SecureRandom();
    private final Path keyFile;
    private volatile SecretKey key;

    @Activate
    public NodeKeyCipher(BundleContext context) {
        this(keyFileUnder(context.getProperty("karaf.data")));
    }

    NodeKeyCipher(Path keyFile) {
        this.keyFile = keyFile;
    }

    private static Path keyFileUnder(String dataFolder) {
        if (dataFolder == null || dataFolder.isBlank()) {
            throw new IllegalStateException("karaf.data is not set: no place for the node key");
        }
        return Paths.get(dataFolder, "offerbridge", "node.key");
    }

    @Override
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            throw new IllegalArgumentException("nothing to encrypt");
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(AAD);
            byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext == null || !ciphertext.startsWith(PREFIX)) {
            throw new IllegalStateException("Not an encrypted secret of this format");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Not an encrypted secret of this format");
        }
        if (all.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("Not an encrypted secret of this format");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            c.updateAAD(AAD);
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            // deliberately without detail: altered, or encrypted under another node's key
            throw new IllegalStateException("The secret does not decrypt with this node's key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(NodeKeyFile.readOrCreate(keyFile, KEY_BYTES, random), "AES");
                }
                k = key;
            }
        }
        return k;
    }
}
