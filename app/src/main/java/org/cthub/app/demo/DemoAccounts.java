package org.cthub.app.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cthub.app.security.Passwords;
import org.cthub.app.security.Role;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.Users;

/**
 * One account per role in each demo organisation, each with its own random password. The passwords are kept in
 * {@code demo-logins.txt} in the data folder (readable by its owner only), so that running the demo again
 * prints the same logins; they exist nowhere else, in no repository and no default.
 */
final class DemoAccounts {

    static final String FILE = "demo-logins.txt";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private DemoAccounts() {
    }

    /** The logins (username → password), created where missing. */
    static Map<String, String> ensure(Users users, List<Organisation> organisations, Path home) throws IOException {
        Path file = home.resolve(FILE);
        Map<String, String> logins = read(file);
        SecureRandom random = new SecureRandom();
        var encoder = Passwords.encoder();
        for (Organisation organisation : organisations) {
            for (Role role : Role.values()) {
                String username = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "."
                        + organisation.code().toLowerCase(Locale.ROOT);
                if (users.findByUsername(username).isPresent() && logins.containsKey(username)) {
                    continue;
                }
                String password = password(random);
                var existing = users.findByUsername(username);
                if (existing.isPresent()) {
                    users.setPasswordHash(existing.get().id(), encoder.encode(password), "demo");
                } else {
                    users.create(organisation, username, displayName(role, organisation), role.name(),
                            encoder.encode(password), "demo");
                }
                logins.put(username, password);
            }
        }
        write(file, logins);
        return logins;
    }

    private static String displayName(Role role, Organisation organisation) {
        String name = role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return name + " (" + organisation.code() + ")";
    }

    // Four groups of four characters: 80 bits, and easy to type from a terminal.
    private static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> logins = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2 && !line.startsWith("#")) {
                    logins.put(parts[0], parts[1]);
                }
            }
        }
        return logins;
    }

    private static void write(Path file, Map<String, String> logins) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# CT Hub demo logins: username password. Demo data only; never use these accounts for real cases.");
        logins.forEach((username, password) -> lines.add(username + " " + password));
        if (!Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
