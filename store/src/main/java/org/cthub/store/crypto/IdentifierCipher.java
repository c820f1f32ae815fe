package org.cthub.store.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal identifiers with AES-256-GCM (NIST SP 800-38D) under the current key of a {@link KeyRing},
 * and decrypts them with whichever key of the ring encrypted them.
 *
 * <p>Each value gets a fresh random 96-bit nonce, so the same value encrypts differently every time; with
 * random nonces one key should encrypt fewer than 2<sup>32</sup> values (SP 800-38D section 8.3), far beyond a
 * case store, and rotation resets the count. The <em>associated data</em> binds a ciphertext to its place (for
 * a case: the organisation and the reference), so a ciphertext copied to another row does not decrypt.
 * Thread-safe and stateless apart from the random generator.
 */
public final class IdentifierCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final byte FORMAT_AES_GCM = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public IdentifierCipher(KeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Encrypts a value under the current key.
     *
     * @param plaintext the value, any text
     * @param associatedData where the value belongs; the same text must be given to decrypt it
     * @throws UnableToEncryptException when the JDK cannot run AES-GCM
     */
    public EncryptedValue encrypt(String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(associatedData, "associatedData");
        String keyId = keys.currentKeyId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length);
            out.put(FORMAT_AES_GCM).put(nonce).put(sealed);
            return new EncryptedValue(keyId, Base64.getEncoder().encodeToString(out.array()));
        } catch (GeneralSecurityException e) {
            throw new UnableToEncryptException("Unable to encrypt with key " + keyId, e);
        }
    }

    /**
     * Decrypts a value with the key it names.
     *
     * @param associatedData the same text given to {@link #encrypt}
     * @throws UnableToDecryptException when the key is not in the ring, or the ciphertext, the key or the
     *     associated data differ from those at encryption
     */
    public String decrypt(EncryptedValue value, String associatedData) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(associatedData, "associatedData");
        SecretKey key = keys.key(value.keyId());
        if (key == null) {
            throw new UnableToDecryptException("The key " + value.keyId() + " is not in the key ring " + keys.keyIds()
                    + "; add the retired key to " + KeyRing.KEYS_VARIABLE, null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.ciphertext());
        } catch (IllegalArgumentException e) {
            throw new UnableToDecryptException("The ciphertext is not base64", null);
        }
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT_AES_GCM) {
            throw new UnableToDecryptException("The ciphertext is not in CT Hub's AES-GCM format", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnableToDecryptException("The ciphertext does not authenticate under key " + value.keyId()
                    + ": it was altered, belongs to another record, or the key differs from the one that "
                    + "encrypted it", null);
        } catch (GeneralSecurityException e) {
            throw new UnableToDecryptException("Unable to decrypt with key " + value.keyId(), e);
        }
    }
}
