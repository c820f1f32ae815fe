package org.cthub.opendata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;

/**
 * The UN M49 region of a country value as a release publishes it: an ISO 3166-1 code, or the UN sub-region or
 * region a k-anonymous release generalised it to (CT Hub's country hierarchy: country → sub-region → region).
 * Built from the standard's country table, so the names are the ones the hierarchy writes.
 */
final class UnRegions {

    private static final Map<String, String> REGION_OF = build();

    private UnRegions() {
    }

    /** The region of a country code, sub-region or region name, or null when the value is none of them. */
    static String regionOf(String value) {
        return value == null ? null : REGION_OF.get(value.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> build() {
        Map<String, String> regions = new HashMap<>();
        for (Country country : Countries.all()) {
            String region = country.unRegion();
            if (region == null || region.isBlank()) {
                continue; // Antarctica belongs to no UN region
            }
            regions.put(country.alpha3().toLowerCase(Locale.ROOT), region);
            regions.put(country.alpha2().toLowerCase(Locale.ROOT), region);
            regions.put(country.unSubRegion().toLowerCase(Locale.ROOT), region);
            regions.put(region.toLowerCase(Locale.ROOT), region);
        }
        return Map.copyOf(regions);
    }
}
