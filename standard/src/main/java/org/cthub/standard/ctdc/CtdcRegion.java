package org.cthub.standard.ctdc;

import java.util.Optional;
import org.cthub.standard.geo.Country;

/**
 * The UN regions of the victim-perpetrator dataset (VP codebook v1, Dec 2022), where the Americas and Oceania
 * are one region. {@link #OCEANIA} is listed by the codebook for perpetrators' citizenship only and does not
 * occur in the data.
 */
public enum CtdcRegion {
    AFRICA("Africa"), AMERICAS_OCEANIA("Americas/Oceania"), ASIA("Asia"), EUROPE("Europe"), OCEANIA("Oceania");

    private final String label;

    CtdcRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The region of a country's UN M49 region; empty for Antarctica, which M49 puts in none. */
    public static Optional<CtdcRegion> of(Country country) {
        return switch (country.unRegion()) {
            case "Africa" -> Optional.of(AFRICA);
            case "Americas", "Oceania" -> Optional.of(AMERICAS_OCEANIA);
            case "Asia" -> Optional.of(ASIA);
            case "Europe" -> Optional.of(EUROPE);
            default -> Optional.empty();
        };
    }

    /**
     * The region a victim's region name stands for: a CTDC label, or a plain UN region name ({@code Americas}
     * and {@code Oceania} fall in {@link #AMERICAS_OCEANIA}); empty for null or anything else.
     */
    public static Optional<CtdcRegion> ofVictimRegion(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (CtdcRegion region : values()) {
            if (region.label.equalsIgnoreCase(name.strip())) {
                return Optional.of(region == OCEANIA ? AMERICAS_OCEANIA : region);
            }
        }
        return name.strip().equalsIgnoreCase("Americas") ? Optional.of(AMERICAS_OCEANIA) : Optional.empty();
    }
}
