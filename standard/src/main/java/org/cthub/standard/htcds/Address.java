package org.cthub.standard.htcds;

import org.cthub.standard.geo.Country;

/** A postal address or place; every part is optional. Shelter and home addresses are personal data. */
public record Address(String street, String city, String state, String postalCode, Country country,
                      Double latitude, Double longitude) {

    public static final Address NONE = new Address(null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
