package org.cthub.store.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal identifiers with AES-256-GCM (NIST SP 800-38D) under the current key of a {@link KeyRing},
 * and decrypts them with whichever key of the ring encrypted them.
 *
 * <p>Each value gets a fresh random 96-bit nonce, so the same value encrypts differently every time; with
 * random nonces one key should encrypt fewer than 2<sup>32</sup> values (SP 800-38D section 8.3), far beyond a
 * case store, and rotation resets the count. The <em>associated data</em> binds a ciphertext to its place (for
 * a case: the organisation and the reference), so a ciphertext copied to another row does not decrypt.
 *
 * <p>It also computes <em>match keys</em>: HMAC-SHA256 (RFC 2104) of a normalised text under a key derived
 * from a data key, so that equal texts can be found with an index without storing them, and without the key
 * nobody can test a guessed name against them. Thread-safe; it keeps only the random generator and the
 * derived keys.
 */
public final class IdentifierCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final byte FORMAT_AES_GCM = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String HMAC = "HmacSHA256";
    /** The HKDF info that makes the match key a different key from the data key it is derived from. */
    private static final byte[] MATCH_KEY_LABEL = "cthub match key v1".getBytes(StandardCharsets.UTF_8);

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> matchKeys = new ConcurrentHashMap<>();

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

    /**
     * The match key of a text under the current key: 64 lower-case hex digits.
     *
     * @param text an already normalised text, such as a {@code MatchText}
     */
    public String matchKey(String text) {
        Objects.requireNonNull(text, "text");
        return matchKey(keys.currentKeyId(), text);
    }

    /**
     * The match keys of a text under every key of the ring, the current key's first. Keys written before a
     * rotation were computed under an older key; looking for all of them finds those too, without rewriting
     * every row when the key changes.
     */
    public List<String> matchKeys(String text) {
        Objects.requireNonNull(text, "text");
        List<String> all = new ArrayList<>();
        all.add(matchKey(keys.currentKeyId(), text));
        for (String keyId : keys.keyIds()) {
            if (!keyId.equals(keys.currentKeyId())) {
                all.add(matchKey(keyId, text));
            }
        }
        return all;
    }

    private String matchKey(String keyId, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(matchKeys.computeIfAbsent(keyId, this::deriveMatchKey));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new UnableToEncryptException("Unable to compute a match key with key " + keyId, e);
        }
    }

    /**
     * HKDF-Expand (RFC 5869 section 2.3) of one block with the data key as the pseudorandom key: the data key
     * is uniformly random already, so the extract step may be skipped (section 3.3).
     */
    private SecretKey deriveMatchKey(String keyId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(keys.key(keyId));
            mac.update(MATCH_KEY_LABEL);
            mac.update((byte) 1);
            return new SecretKeySpec(mac.doFinal(), HMAC);
        } catch (GeneralSecurityException e) {
            throw new UnableToEncryptException("Unable to derive the match key of key " + keyId, e);
        }
    }
}
