package org.cthub.app.releases;

import java.util.List;
import org.cthub.privacy.hierarchy.CtdcHierarchies;
import org.cthub.privacy.hierarchy.Hierarchy;

/**
 * The quasi-identifiers of a CTDC 2024 release, with their shipped hierarchies and what each level means, so
 * that the codebook and the report can say at which level a column was published.
 */
enum QuasiIdentifier {
    GENDER("gender", List.of("gender as recorded", "suppressed (*)")),
    AGE("ageBroad", List.of("CTDC age band", "majority status (Minor, Adult)", "suppressed (*)")),
    CITIZENSHIP("citizenship", List.of("ISO 3166 alpha-3 country code", "UN M49 sub-region",
            "UN M49 region", "suppressed (*)")),
    EXPLOITATION_COUNTRY("CountryOfExploitation", List.of("ISO 3166 alpha-3 country code",
            "UN M49 sub-region", "UN M49 region", "suppressed (*)")),
    YEAR("yearOfRegistration", List.of("year", "five-year period", "suppressed (*)"));

    /** The value every hierarchy knows for a missing value (docs/privacy.md). */
    static final String UNKNOWN = "Unknown";

    private final String column;
    private final List<String> levelNames;

    QuasiIdentifier(String column, List<String> levelNames) {
        this.column = column;
        this.levelNames = levelNames;
    }

    String column() {
        return column;
    }

    /** What a level of this quasi-identifier's hierarchy holds, in words. */
    String levelName(int level) {
        return levelNames.get(level);
    }

    Hierarchy hierarchy() {
        return switch (this) {
            case GENDER -> CtdcHierarchies.gender();
            case AGE -> CtdcHierarchies.ageBand();
            case CITIZENSHIP, EXPLOITATION_COUNTRY -> CtdcHierarchies.country();
            case YEAR -> CtdcHierarchies.registrationYear();
        };
    }

    static List<String> columns() {
        return java.util.Arrays.stream(values()).map(QuasiIdentifier::column).toList();
    }

    static QuasiIdentifier byColumn(String column) {
        for (QuasiIdentifier identifier : values()) {
            if (identifier.column.equals(column)) {
                return identifier;
            }
        }
        throw new IllegalArgumentException("Not a quasi-identifier of the release: " + column);
    }
}
