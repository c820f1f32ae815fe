package org.cthub.opendata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The oracle's own reading of the standard's country table (the CSV resource, parsed here line by line rather
 * than through {@code Countries}): lower-cased alpha-3 code, sub-region and region, each to its UN region.
 */
final class CountryTable {

    static final Map<String, String> REGIONS = read();

    private CountryTable() {
    }

    private static Map<String, String> read() {
        var stream = CountryTable.class.getResourceAsStream("/org/cthub/standard/geo/countries.csv");
        Map<String, String> regions = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",");
            int alpha3 = indexOf(header, "alpha3");
            int region = indexOf(header, "un_region");
            int subRegion = indexOf(header, "un_sub_region");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1); // the table quotes nothing
                String name = cells[region].strip();
                if (name.isEmpty()) {
                    continue;
                }
                for (int column : new int[] {alpha3, subRegion, region}) {
                    regions.put(cells[column].strip().toLowerCase(Locale.ROOT), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return regions;
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("countries.csv has no column " + column);
    }
}
