package org.cthub.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    private static final String K1 = Base64.getEncoder().encodeToString(IdentifierCipherTest.key(1));
    private static final String K2 = Base64.getEncoder().encodeToString(IdentifierCipherTest.key(2));

    @Test
    void readsKeysAndTheCurrentIdFromTheEnvironment() {
        KeyRing ring = KeyRing.fromEnvironment(Map.of("CTHUB_KEYS", "k1:" + K1 + ", k2:" + K2, "CTHUB_KEY_ID", "k2"));

        assertThat(ring.keyIds()).containsExactly("k1", "k2");
        assertThat(ring.currentKeyId()).isEqualTo("k2");
    }

    @Test
    void takesASingleKeyAsCurrentWithoutAnId() {
        assertThat(KeyRing.parse("only:" + K1, null).currentKeyId()).isEqualTo("only");
    }

    @Test
    void refusesSeveralKeysWithoutSayingWhichEncrypts() {
        assertThatThrownBy(() -> KeyRing.parse("k1:" + K1 + ",k2:" + K2, null))
                .isInstanceOf(UnableToLoadKeysException.class).hasMessageContaining("CTHUB_KEY_ID");
    }

    @Test
    void refusesAKeyThatIsNot256Bits() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> KeyRing.parse("k1:" + short16, "k1")).isInstanceOf(UnableToLoadKeysException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void neverQuotesKeyMaterialInMessagesOrToString() {
        assertThatThrownBy(() -> KeyRing.parse("k1:" + K1 + "%%", "k1")).message().doesNotContain(K1);
        assertThatThrownBy(() -> KeyRing.parse("k1" + K1, "k1")).message().doesNotContain(K1);
        assertThat(KeyRing.parse("k1:" + K1, "k1").toString()).doesNotContain(K1).contains("k1");
    }

    @Test
    void refusesAnEnvironmentWithoutKeys() {
        assertThatThrownBy(() -> KeyRing.fromEnvironment(Map.of())).isInstanceOf(UnableToLoadKeysException.class)
                .hasMessageContaining("CTHUB_KEYS").hasMessageContaining("CTHUB_KEY_FILE");
    }

    @Test
    void generatesAnOwnerOnlyKeyFileThatLoadsBack(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("keys/cthub.keys");

        KeyRing generated = KeyRing.generateInto(file);
        KeyRing loaded = KeyRing.fromEnvironment(Map.of("CTHUB_KEY_FILE", file.toString()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(loaded.currentKeyId()).isEqualTo(generated.currentKeyId());
        EncryptedValue encrypted = new IdentifierCipher(generated).encrypt("generated value", "place");
        assertThat(new IdentifierCipher(loaded).decrypt(encrypted, "place")).isEqualTo("generated value");
    }

    @Test
    void neverOverwritesAKeyFile(@TempDir Path directory) {
        Path file = directory.resolve("cthub.keys");
        KeyRing.generateInto(file);

        assertThatThrownBy(() -> KeyRing.generateInto(file)).isInstanceOf(UnableToLoadKeysException.class)
                .hasMessageContaining("never overwrites");
    }
}
