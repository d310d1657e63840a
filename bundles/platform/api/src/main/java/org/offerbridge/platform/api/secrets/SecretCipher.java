package org.offerbridge.platform.api.secrets;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encrypts secrets that the server must send on later (outside API keys, webhook signing secrets) before they
 * are stored. Authenticated encryption: a tampered or foreign value does not decrypt. Secrets that are only
 * compared (passwords, our own API keys) are hashed instead and never go through here.
 */
@ProviderType
public interface SecretCipher {

    /** An opaque, printable value safe to store in a database column (at most 4 * plaintext bytes + 64 chars). */
    String encrypt(String plaintext);

    /** @throws IllegalStateException when the value was not produced by this node's key or was altered */
    String decrypt(String ciphertext);
}
