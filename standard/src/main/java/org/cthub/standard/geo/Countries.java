package org.cthub.standard.geo;

import java.util.List;
import java.util.Optional;

/**
 * The ISO 3166-1 catalogue. Lookups accept alpha-2, alpha-3, numeric codes and names in English, Spanish and
 * French, case- and accent-insensitively.
 */
public final class Countries {

    private Countries() {
    }

    /** The country for a code or name, or empty when there is none. */
    public static Optional<Country> find(String codeOrName) {
        throw new UnsupportedOperationException("filled in by the geo catalogue");
    }

    /** The country for an ISO alpha-2 or alpha-3 code; throws when there is none. */
    public static Country byCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No ISO 3166-1 country has the code " + code));
    }

    /** All countries, ordered by alpha-2 code. */
    public static List<Country> all() {
        throw new UnsupportedOperationException("filled in by the geo catalogue");
    }
}
