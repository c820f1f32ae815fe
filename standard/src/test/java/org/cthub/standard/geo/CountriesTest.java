package org.cthub.standard.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.cthub.standard.LabelLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

    private static final Set<String> UN_REGIONS = Set.of("Africa", "Americas", "Asia", "Europe", "Oceania");

    @Test
    void holdsEveryIsoCountryAndKosovo() {
        assertThat(Countries.all()).hasSize(250);
        assertThat(Countries.all()).extracting(Country::alpha2).isSorted().contains("XK", "SS", "CW", "BQ");
    }

    @Test
    void everyCountryHasEveryField() {
        for (Country country : Countries.all()) {
            assertThat(country.alpha2()).as("alpha2").matches("[A-Z]{2}");
            assertThat(country.alpha3()).as("alpha3 of %s", country.alpha2()).matches("[A-Z]{3}");
            assertThat(List.of(country.nameEn(), country.nameEs(), country.nameFr()))
                    .as("names of %s", country.alpha2()).allSatisfy(name -> assertThat(name).isNotBlank());
            if (country.alpha2().equals("XK")) {
                assertThat(country.numeric()).as("Kosovo has no numeric code").isZero();
            } else {
                assertThat(country.numeric()).as("numeric of %s", country.alpha2()).isBetween(1, 999);
            }
            if (country.alpha2().equals("AQ")) {
                // M49 puts Antarctica in no region and IOM has no office for it.
                assertThat(List.of(country.unRegion(), country.unSubRegion(), country.iomRegion())).containsOnly("");
            } else {
                assertThat(country.unRegion()).as("region of %s", country.alpha2()).isIn(UN_REGIONS);
                assertThat(country.unSubRegion()).as("sub-region of %s", country.alpha2()).isNotBlank();
                assertThat(country.iomRegion()).as("IOM region of %s", country.alpha2()).startsWith("RO ");
            }
        }
    }

    @Test
    void codesAreUnique() {
        List<Country> all = Countries.all();
        assertThat(all).extracting(Country::alpha2).doesNotHaveDuplicates();
        assertThat(all).extracting(Country::alpha3).doesNotHaveDuplicates();
        assertThat(all).extracting(Country::numeric).filteredOn(numeric -> numeric > 0).doesNotHaveDuplicates();
    }

    @Test
    void everyNameFindsItsOwnCountry() {
        for (Country country : Countries.all()) {
            for (LabelLanguage language : LabelLanguage.values()) {
                assertThat(Countries.find(country.name(language))).as("%s in %s", country.alpha2(), language)
                        .contains(country);
            }
            assertThat(Countries.find(country.alpha2())).contains(country);
            assertThat(Countries.find(country.alpha3().toLowerCase())).contains(country);
        }
    }

    @ParameterizedTest
    @CsvSource({"NG,NG", "nga,NG", "566,NG", "' 566 ',NG", "036,AU", "36,AU", "Nigeria,NG", "Estados Unidos,US",
        "États-Unis,US", "etats unis,US", "Royaume-Uni,GB", "Côte d’Ivoire,CI", "Côte d'Ivoire,CI",
        "COTE D IVOIRE,CI", "Ivory Coast,CI", "USA,US", "UK,GB", "Great Britain,GB", "Russia,RU",
        "Russian Federation,RU", "Bolivia,BO", "Bolivia (Plurinational State of),BO", "Viet Nam,VN",
        "Vietnam,VN", "Türkiye,TR", "Turkey,TR", "Turquía,TR", "Kosovo,XK", "XK,XK", "XKX,XK",
        "Congo,CG", "Democratic Republic of the Congo,CD", "Congo (Democratic Republic of the),CD",
        "Myanmar,MM", "Burma,MM", "Swaziland,SZ", "Czech Republic,CZ", "Laos,LA", "Hong Kong,HK",
        "'Korea, Republic Of',KR", "Tanzania,TZ", "St. Lucia,LC", "Saint Lucia,LC", "Allemagne,DE",
        "Alemania,DE", "Germany,DE", "Holy See,VA"})
    void findsByCodeNameOrAlias(String query, String alpha2) {
        assertThat(Countries.find(query)).map(Country::alpha2).contains(alpha2);
    }

    @ParameterizedTest
    @CsvSource({"ZZ", "ZZZ", "999", "0", "Atlantis", "''", "'   '"})
    void findsNothingForUnknownCodesAndNames(String query) {
        assertThat(Countries.find(query)).isEmpty();
    }

    @Test
    void findsNothingForNull() {
        assertThat(Countries.find(null)).isEmpty();
    }

    @Test
    void byCodeThrowsForAnUnknownCode() {
        assertThat(Countries.byCode("NGA").nameEn()).isEqualTo("Nigeria");
        assertThatThrownBy(() -> Countries.byCode("QQ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QQ");
    }

    @Test
    void usesConventionalShortNames() {
        assertThat(Countries.byCode("US").nameEs()).isEqualTo("Estados Unidos");
        assertThat(Countries.byCode("CI").nameFr()).isEqualTo("Côte d’Ivoire");
        assertThat(Countries.byCode("CD").nameEn()).isEqualTo("Democratic Republic of the Congo");
        assertThat(Countries.byCode("KN").nameEn()).isEqualTo("Saint Kitts and Nevis");
        assertThat(Countries.byCode("DE").name(LabelLanguage.FR)).isEqualTo("Allemagne");
    }

    @Test
    void placesCountriesInUnAndIomRegions() {
        Country nigeria = Countries.byCode("NG");
        assertThat(nigeria.unRegion()).isEqualTo("Africa");
        assertThat(nigeria.unSubRegion()).isEqualTo("Western Africa");
        assertThat(nigeria.iomRegion()).isEqualTo("RO Dakar");
        // CTDC's table puts Jersey in Eastern Europe; M49 places the Channel Islands in Northern Europe.
        assertThat(Countries.byCode("JE").unSubRegion()).isEqualTo("Northern Europe");
        assertThat(Countries.byCode("XK").iomRegion()).isEqualTo("RO Vienna");
    }

    @Test
    void listsTheCountriesOfARegion() {
        assertThat(Countries.inUnRegion("africa")).contains(Countries.byCode("NG")).hasSize(60)
                .allSatisfy(country -> assertThat(country.unRegion()).isEqualTo("Africa"));
        assertThat(Countries.inUnSubRegion("Caribbean")).extracting(Country::alpha2).contains("HT", "JM", "CU")
                .doesNotContain("MX");
        assertThat(Countries.inIomRegion("RO Dakar")).extracting(Country::alpha2).contains("NG", "SN", "CM");
        assertThat(Countries.inUnRegion("Atlantis")).isEmpty();
    }
}
