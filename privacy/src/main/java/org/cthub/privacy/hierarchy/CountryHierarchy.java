package org.cthub.privacy.hierarchy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;

/**
 * Builds the country hierarchy (ISO 3166-1 alpha-3 → UN M49 sub-region → UN M49 region → {@code *}) from
 * {@link Countries#all()}, and writes it as the shipped resource {@code country.csv}. A test checks that the
 * shipped file equals what this class builds, so the file cannot drift from the standard's catalogue.
 *
 * <p>Antarctica has no M49 region: it is its own sub-region and region ({@code Antarctica}). {@code Unknown}
 * is a value of its own (→ {@code Unknown} → {@code Unknown} → {@code *}) for missing countries.
 *
 * <p>Regenerate from {@code /work/main} after the catalogue changes:
 * {@code java -cp privacy/target/classes:standard/target/classes org.cthub.privacy.hierarchy.CountryHierarchy
 * privacy/src/main/resources/org/cthub/privacy/hierarchies/country.csv}
 */
final class CountryHierarchy {

    static final String UNKNOWN = "Unknown";

    private CountryHierarchy() {
    }

    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        Countries.all().stream().sorted(Comparator.comparing(Country::alpha3)).forEach(country -> {
            String region = country.unRegion() == null || country.unRegion().isBlank() ? country.nameEn()
                    : country.unRegion();
            String subRegion = country.unSubRegion() == null || country.unSubRegion().isBlank() ? region
                    : country.unSubRegion();
            rows.add(List.of(country.alpha3(), subRegion, region, "*"));
        });
        rows.add(List.of(UNKNOWN, UNKNOWN, UNKNOWN, "*"));
        return rows;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CountryHierarchy OUTPUT.csv");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), Hierarchy.of("country", rows()).toCsv(), StandardCharsets.UTF_8);
    }
}
