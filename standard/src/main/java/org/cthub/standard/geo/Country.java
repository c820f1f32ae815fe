package org.cthub.standard.geo;

import java.util.Objects;
import org.cthub.standard.LabelLanguage;

/**
 * A country or territory of ISO 3166-1, with the regions CT Hub aggregates by.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code, such as {@code NG}
 * @param alpha3 ISO 3166-1 alpha-3 code, such as {@code NGA}
 * @param numeric ISO 3166-1 numeric code (UN M49), such as {@code 566}
 * @param nameEn English short name
 * @param nameEs Spanish short name
 * @param nameFr French short name
 * @param unRegion UN M49 region (Africa, Americas, Asia, Europe, Oceania)
 * @param unSubRegion UN M49 sub-region, such as {@code Western Africa}
 * @param iomRegion IOM regional office, as in CTDC's mapping (such as {@code RO Dakar})
 */
public record Country(String alpha2, String alpha3, int numeric, String nameEn, String nameEs, String nameFr,
                      String unRegion, String unSubRegion, String iomRegion) {

    public Country {
        Objects.requireNonNull(alpha2, "alpha2");
        Objects.requireNonNull(alpha3, "alpha3");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    /** Equal countries share their alpha-3 code, and hashing one string is cheaper than all nine fields. */
    @Override
    public int hashCode() {
        return alpha3.hashCode();
    }

    public String name(LabelLanguage language) {
        return switch (language) {
            case EN -> nameEn;
            case ES -> nameEs;
            case FR -> nameFr;
        };
    }
}
