package org.cthub.app.security;

import java.util.Locale;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing and policy. Argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane);
 * the parameters are stored in each hash, so raising them later re-hashes nobody's password by surprise.
 */
public final class Passwords {

    /** Shortest password accepted: long passphrases beat composition rules (NIST SP 800-63B). */
    public static final int MINIMUM_LENGTH = 12;

    private Passwords() {
    }

    public static PasswordEncoder encoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    /**
     * Why a password is not acceptable for an account, or null when it is.
     */
    public static String problem(String username, CharSequence password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return "A password needs at least " + MINIMUM_LENGTH + " characters";
        }
        if (password.length() > 200) {
            return "A password has at most 200 characters";
        }
        String lower = password.toString().toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "A password must not contain the username";
        }
        if (lower.chars().distinct().count() < 5) {
            return "A password needs more than four different characters";
        }
        return null;
    }
}
