package org.cthub.store.crypto;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES keys that protect personal identifiers, each under an id, and the id of the current key
 * (the one that encrypts). Retired keys stay in the ring so that what they encrypted can still be read.
 *
 * <p>Configured outside the database and the repository, either in the environment:
 * <pre>
 * CTHUB_KEYS=k1:BASE64,k2:BASE64   (each key 32 random bytes, base64)
 * CTHUB_KEY_ID=k2                  (optional when there is one key)
 * </pre>
 * or in a key file holding the same two settings ({@code CTHUB_KEY_FILE=/path}), readable by its owner only.
 * To rotate, add a key, make it current, and keep the old ones. {@link #toString()} shows ids, never keys.
 */
public final class KeyRing {

    public static final String KEYS_VARIABLE = "CTHUB_KEYS";
    public static final String KEY_ID_VARIABLE = "CTHUB_KEY_ID";
    public static final String KEY_FILE_VARIABLE = "CTHUB_KEY_FILE";

    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;

    private KeyRing(Map<String, SecretKey> keys, String currentKeyId) {
        this.keys = Collections.unmodifiableMap(keys);
        this.currentKeyId = currentKeyId;
    }

    /**
     * A ring of raw keys. The arrays are copied.
     *
     * @throws UnableToLoadKeysException when a key is not 32 bytes, an id is not 1 to 32 letters, digits,
     *     {@code _ . -}, or the current id names no key
     */
    public static KeyRing of(String currentKeyId, Map<String, byte[]> keys) {
        Objects.requireNonNull(keys, "keys");
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            requireValidId(id);
            if (key == null || key.length != KEY_BYTES) {
                throw new UnableToLoadKeysException("Key " + id + " is not " + KEY_BYTES + " bytes (AES-256)", null);
            }
            ring.put(id, new SecretKeySpec(key, "AES"));
        });
        if (ring.isEmpty()) {
            throw new UnableToLoadKeysException("The key ring is empty", null);
        }
        String current = currentKeyId;
        if (current == null || current.isBlank()) {
            if (ring.size() > 1) {
                throw new UnableToLoadKeysException("There are " + ring.size() + " keys; say which one encrypts "
                        + "with " + KEY_ID_VARIABLE, null);
            }
            current = ring.keySet().iterator().next();
        }
        if (!ring.containsKey(current)) {
            throw new UnableToLoadKeysException("The current key id " + current + " names none of the keys "
                    + ring.keySet(), null);
        }
        return new KeyRing(ring, current);
    }

    /**
     * A ring from the text of {@code CTHUB_KEYS} ({@code id:base64} entries separated by commas) and the
     * current key id (null when there is one key).
     */
    public static KeyRing parse(String keysSetting, String currentKeyId) {
        Objects.requireNonNull(keysSetting, "keysSetting");
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String[] entries = keysSetting.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new UnableToLoadKeysException("Entry " + (i + 1) + " of " + KEYS_VARIABLE
                        + " is not of the form id:base64", null);
            }
            String id = entry.substring(0, colon);
            requireValidId(id);
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new UnableToLoadKeysException("Key " + id + " is not valid base64", null);
            }
            if (keys.put(id, key) != null) {
                throw new UnableToLoadKeysException("Key id " + id + " appears twice", null);
            }
        }
        try {
            return of(currentKeyId == null ? null : currentKeyId.strip(), keys);
        } finally {
            keys.values().forEach(key -> Arrays.fill(key, (byte) 0));
        }
    }

    /**
     * The ring configured in an environment: {@code CTHUB_KEYS} and {@code CTHUB_KEY_ID}, or else the key file
     * named by {@code CTHUB_KEY_FILE}.
     *
     * @param environment usually {@link System#getenv()}
     * @throws UnableToLoadKeysException when neither is set or the keys are invalid
     */
    public static KeyRing fromEnvironment(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        String keys = environment.get(KEYS_VARIABLE);
        if (keys != null && !keys.isBlank()) {
            return parse(keys, environment.get(KEY_ID_VARIABLE));
        }
        String file = environment.get(KEY_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            return fromFile(Path.of(file));
        }
        throw new UnableToLoadKeysException("No encryption keys are configured: set " + KEYS_VARIABLE + " (and "
                + KEY_ID_VARIABLE + ") or " + KEY_FILE_VARIABLE, null);
    }

    /** The ring in a key file written by {@link #generateInto(Path)} or by hand in the same format. */
    public static KeyRing fromFile(Path file) {
        Map<String, String> settings = KeyFile.read(file);
        String keys = settings.get(KEYS_VARIABLE);
        if (keys == null || keys.isBlank()) {
            throw new UnableToLoadKeysException("The key file " + file + " has no " + KEYS_VARIABLE, null);
        }
        return parse(keys, settings.get(KEY_ID_VARIABLE));
    }

    /**
     * Generates a new key with a strong random generator, writes it to a new key file readable by its owner
     * only (mode 600 where the file system has POSIX permissions), and returns the ring. For the embedded demo;
     * production keys come from the operator's secret store.
     *
     * @throws UnableToLoadKeysException when the file exists already (keys are never overwritten) or cannot
     *     be written
     */
    public static KeyRing generateInto(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        String id = "k1";
        try {
            KeyFile.create(file, Map.of(KEY_ID_VARIABLE, id,
                    KEYS_VARIABLE, id + ":" + Base64.getEncoder().encodeToString(key)));
            return of(id, Map.of(id, key));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The id of the key that encrypts. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** The ids of all keys, the current and the retired. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    SecretKey key(String keyId) {
        return keys.get(keyId);
    }

    @Override
    public String toString() {
        return "KeyRing[current=" + currentKeyId + ", keys=" + keys.keySet() + "]";
    }

    private static void requireValidId(String id) {
        if (id == null || !KEY_ID.matcher(id).matches()) {
            throw new UnableToLoadKeysException("A key id must be 1 to 32 letters, digits, '_', '.' or '-'", null);
        }
    }
}
