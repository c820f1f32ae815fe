package org.cthub.store;

import java.util.List;
import java.util.Optional;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.store.cases.CaseRecordCodec;

/**
 * A few countries and languages for tests, so that the store's tests do not depend on the full ISO
 * catalogues of the standard module. A codec on them resolves exactly these codes.
 */
public final class TestCatalogue {

    public static final List<Country> COUNTRIES = List.of(
            new Country("NG", "NGA", 566, "Nigeria", "Nigeria", "Nigéria", "Africa", "Western Africa", "RO Dakar"),
            new Country("TH", "THA", 764, "Thailand", "Tailandia", "Thaïlande", "Asia", "South-eastern Asia",
                    "RO Bangkok"),
            new Country("UA", "UKR", 804, "Ukraine", "Ucrania", "Ukraine", "Europe", "Eastern Europe", "RO Vienna"),
            new Country("PH", "PHL", 608, "Philippines", "Filipinas", "Philippines", "Asia", "South-eastern Asia",
                    "RO Bangkok"),
            new Country("CI", "CIV", 384, "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire", "Africa",
                    "Western Africa", "RO Dakar"));

    public static final List<IsoLanguage> LANGUAGES = List.of(
            new IsoLanguage("en", "eng", "English", "Inglés", "Anglais"),
            new IsoLanguage("fr", "fra", "French", "Francés", "Français"),
            new IsoLanguage("th", "tha", "Thai", "Tailandés", "Thaï"),
            new IsoLanguage(null, "ceb", "Cebuano", "Cebuano", "Cebuano"));

    private TestCatalogue() {
    }

    public static CaseRecordCodec codec() {
        return new CaseRecordCodec(TestCatalogue::country, TestCatalogue::language);
    }

    public static Optional<Country> country(String alpha3) {
        return COUNTRIES.stream().filter(country -> country.alpha3().equals(alpha3)).findFirst();
    }

    public static Optional<IsoLanguage> language(String alpha3) {
        return LANGUAGES.stream().filter(language -> language.alpha3().equals(alpha3)).findFirst();
    }
}
