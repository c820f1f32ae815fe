package org.cthub.app.releases;

import java.util.Optional;

/** How a release protects the records. */
enum ReleaseMethod {
    /** Full-domain generalisation of the quasi-identifiers with record suppression (ARX's optimum). */
    K_ANONYMITY("k-anonymity"),
    /** Differentially private synthetic records (Microsoft's synthetic data showcase, aggregate-seeded). */
    SYNTHETIC("synthetic");

    private final String cliName;

    ReleaseMethod(String cliName) {
        this.cliName = cliName;
    }

    String cliName() {
        return cliName;
    }

    static Optional<ReleaseMethod> fromCliName(String name) {
        for (ReleaseMethod method : values()) {
            if (method.cliName.equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
