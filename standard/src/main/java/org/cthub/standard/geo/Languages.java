package org.cthub.standard.geo;

import java.util.List;
import java.util.Optional;

/** The ISO 639 catalogue: 639-1 and 639-2 codes and names in English, Spanish and French. */
public final class Languages {

    private Languages() {
    }

    /** The language for a code (639-1, 639-2/T or /B) or a name in en/es/fr, or empty. */
    public static Optional<IsoLanguage> find(String codeOrName) {
        throw new UnsupportedOperationException("filled in by the geo catalogue");
    }

    public static List<IsoLanguage> all() {
        throw new UnsupportedOperationException("filled in by the geo catalogue");
    }
}
