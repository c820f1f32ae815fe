package org.cthub.app.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubSecretTest {

    @TempDir
    Path home;

    @Test
    void isMadeOnceOwnerOnlyAndGivesStableKeys() throws Exception {
        long key = HubSecret.in(home).keyFor("ab".repeat(32));
        assertThat(HubSecret.in(home).keyFor("ab".repeat(32))).isEqualTo(key);
        assertThat(HubSecret.in(home).keyFor("cd".repeat(32))).isNotEqualTo(key);
        assertThat(Files.getPosixFilePermissions(home.resolve(HubSecret.FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (var files = Files.list(home)) {
            assertThat(files).as("no partial file left behind").hasSize(1);
        }
    }

    /** Found by review: an empty secret made the keys a function of the public checksum alone. */
    @Test
    void refusesASecretShorterThan32Bytes() throws Exception {
        Files.writeString(home.resolve(HubSecret.FILE), "\n");
        assertThatThrownBy(() -> HubSecret.in(home)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shorter than 32 bytes");
        Files.writeString(home.resolve(HubSecret.FILE), "00".repeat(16) + "\n");
        assertThatThrownBy(() -> HubSecret.in(home)).isInstanceOf(IllegalStateException.class);
    }
}
