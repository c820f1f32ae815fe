package org.cthub.privacy.hierarchy;

/**
 * The generalisation hierarchies of the quasi-identifiers of CTDC's public datasets, shipped as ARX-style CSV
 * resources in {@code org/cthub/privacy/hierarchies/}. Values are CTDC's 2024 codebook spellings; every
 * hierarchy also knows {@code Unknown}, so missing values must be written as {@code Unknown} before anonymising.
 *
 * <ul>
 *   <li>{@link #gender()}: {@code Woman}, {@code Man}, {@code Trans/Transgender/NonConforming} → {@code *};</li>
 *   <li>{@link #ageBand()}: CTDC's age bands {@code 0--8} … {@code 48+} → majority status ({@code Minor},
 *       {@code Adult}) → {@code *};</li>
 *   <li>{@link #country()}: ISO alpha-3 → UN M49 sub-region → UN M49 region → {@code *}, for citizenship and for
 *       the country of exploitation (see {@link CountryHierarchy});</li>
 *   <li>{@link #registrationYear()}: 2002–2026 → five-year period ({@code 2002-2006} … {@code 2022-2026}) →
 *       {@code *}.</li>
 * </ul>
 */
public final class CtdcHierarchies {

    private static final String FOLDER = "/org/cthub/privacy/hierarchies/";

    private CtdcHierarchies() {
    }

    public static Hierarchy gender() {
        return Hierarchy.readResource("gender", FOLDER + "gender.csv");
    }

    public static Hierarchy ageBand() {
        return Hierarchy.readResource("ageBroad", FOLDER + "age-band.csv");
    }

    public static Hierarchy country() {
        return Hierarchy.readResource("country", FOLDER + "country.csv");
    }

    public static Hierarchy registrationYear() {
        return Hierarchy.readResource("yearOfRegistration", FOLDER + "registration-year.csv");
    }
}
