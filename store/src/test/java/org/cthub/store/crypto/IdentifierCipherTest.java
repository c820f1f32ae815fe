package org.cthub.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.cthub.store.StoreErrorCode;
import org.junit.jupiter.api.Test;

class IdentifierCipherTest {

    private static final String PLAINTEXT = "{\"firstName\":\"Generated Given\",\"mobilePhone\":\"+000 555 0101\"} ✓ é ß 中";
    private static final String PLACE = "trafficking_case/1/CASE-1";

    private final KeyRing ring = KeyRing.of("k1", Map.of("k1", key(1)));
    private final IdentifierCipher cipher = new IdentifierCipher(ring);

    @Test
    void decryptsWhatItEncrypted() {
        EncryptedValue encrypted = cipher.encrypt(PLAINTEXT, PLACE);

        assertThat(encrypted.keyId()).isEqualTo("k1");
        assertThat(cipher.decrypt(encrypted, PLACE)).isEqualTo(PLAINTEXT);
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        EncryptedValue first = cipher.encrypt(PLAINTEXT, PLACE);
        EncryptedValue second = cipher.encrypt(PLAINTEXT, PLACE);

        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(first.ciphertext()).doesNotContain("Generated");
    }

    @Test
    void refusesACiphertextWithAnyByteAltered() {
        byte[] bytes = Base64.getDecoder().decode(cipher.encrypt(PLAINTEXT, PLACE).ciphertext());
        for (int position = 1; position < bytes.length; position++) {
            byte[] tampered = bytes.clone();
            tampered[position] ^= 0x01;
            EncryptedValue altered = new EncryptedValue("k1", Base64.getEncoder().encodeToString(tampered));

            assertThatThrownBy(() -> cipher.decrypt(altered, PLACE))
                    .isInstanceOfSatisfying(UnableToDecryptException.class,
                            e -> assertThat(e.code()).isEqualTo(StoreErrorCode.E5006_DECRYPT))
                    .message().doesNotContain("Generated");
        }
    }

    @Test
    void refusesACiphertextMovedToAnotherRecord() {
        EncryptedValue encrypted = cipher.encrypt(PLAINTEXT, PLACE);

        assertThatThrownBy(() -> cipher.decrypt(encrypted, "trafficking_case/1/CASE-2"))
                .isInstanceOf(UnableToDecryptException.class);
    }

    @Test
    void refusesToDecryptWithAnotherKeyUnderTheSameId() {
        EncryptedValue encrypted = cipher.encrypt(PLAINTEXT, PLACE);
        IdentifierCipher impostor = new IdentifierCipher(KeyRing.of("k1", Map.of("k1", key(2))));

        assertThatThrownBy(() -> impostor.decrypt(encrypted, PLACE)).isInstanceOf(UnableToDecryptException.class)
                .hasMessageContaining("does not authenticate");
    }

    @Test
    void refusesAKeyIdThatIsNotInTheRing() {
        EncryptedValue encrypted = new EncryptedValue("k9", cipher.encrypt(PLAINTEXT, PLACE).ciphertext());

        assertThatThrownBy(() -> cipher.decrypt(encrypted, PLACE)).isInstanceOf(UnableToDecryptException.class)
                .hasMessageContaining("k9");
    }

    @Test
    void decryptsWithARetiredKeyAfterRotation() {
        EncryptedValue old = cipher.encrypt(PLAINTEXT, PLACE);
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", key(1));
        keys.put("k2", key(3));
        IdentifierCipher rotated = new IdentifierCipher(KeyRing.of("k2", keys));

        assertThat(rotated.decrypt(old, PLACE)).isEqualTo(PLAINTEXT);
        assertThat(rotated.encrypt(PLAINTEXT, PLACE).keyId()).isEqualTo("k2");
    }

    @Test
    void refusesTextThatIsNotItsFormat() {
        assertThatThrownBy(() -> cipher.decrypt(new EncryptedValue("k1", "not base64!"), PLACE))
                .isInstanceOf(UnableToDecryptException.class);
        assertThatThrownBy(() -> cipher.decrypt(new EncryptedValue("k1", "AAAA"), PLACE))
                .isInstanceOf(UnableToDecryptException.class);
    }

    @Test
    void computesAStableMatchKeyThatIsNeitherTheTextNorItsPlainHash() throws Exception {
        String text = "garcia lopez maria|1999-04-05";

        String key = cipher.matchKey(text);

        assertThat(key).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(cipher.matchKey(text))
                .isNotEqualTo(cipher.matchKey("garcia lopez maria|1999-04-06"))
                .isNotEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(new IdentifierCipher(KeyRing.of("k1", Map.of("k1", key(2)))).matchKey(text)).isNotEqualTo(key);
    }

    @Test
    void findsMatchKeysWrittenBeforeARotation() {
        String text = "garcia lopez maria|1999-04-05";
        String beforeRotation = cipher.matchKey(text);
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", key(1));
        keys.put("k2", key(3));
        IdentifierCipher rotated = new IdentifierCipher(KeyRing.of("k2", keys));

        assertThat(rotated.matchKeys(text)).containsExactly(rotated.matchKey(text), beforeRotation);
    }

    static byte[] key(long seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return key;
    }
}
