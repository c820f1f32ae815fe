package org.cthub.privacy.dp;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** Where noise comes from: a cryptographically strong generator in production, a seeded one in tests. */
public final class NoiseSources {

    private NoiseSources() {
    }

    /**
     * A cryptographically strong generator (the JDK's NIST SP 800-90A DRBG, seeded by the operating system), so
     * that noise cannot be predicted from earlier releases.
     */
    public static RandomGenerator secure() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** A reproducible generator for tests and benchmarks; never for releases. */
    public static RandomGenerator seeded(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }
}
