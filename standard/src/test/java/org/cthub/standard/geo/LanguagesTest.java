package org.cthub.standard.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @Test
    void holdsTheIso6391Languages() {
        assertThat(Languages.all()).hasSizeGreaterThan(180).extracting(IsoLanguage::alpha2).isSorted()
                .doesNotHaveDuplicates().doesNotContain("iw", "in", "ji");
        assertThat(Languages.all()).extracting(IsoLanguage::alpha3).doesNotHaveDuplicates();
    }

    @Test
    void everyLanguageHasCodesAndThreeNames() {
        for (IsoLanguage language : Languages.all()) {
            assertThat(language.alpha2()).matches("[a-z]{2}");
            assertThat(language.alpha3()).matches("[a-z]{3}");
            assertThat(List.of(language.nameEn(), language.nameEs(), language.nameFr()))
                    .as("names of %s", language.alpha2()).allSatisfy(name -> assertThat(name).isNotBlank());
            assertThat(Languages.find(language.alpha2())).contains(language);
            assertThat(Languages.find(language.alpha3())).contains(language);
        }
    }

    @ParameterizedTest
    @CsvSource({"fr,fr", "FRA,fr", "fre,fr", "ger,de", "deu,de", "chi,zh", "zho,zh", "per,fa", "French,fr",
        "français,fr", "Francais,fr", "Francés,fr", "Spanish,es", "español,es", "Arabic,ar", "árabe,ar",
        "iw,he", "in,id", "ji,yi", "Hebrew,he", "Tigrinya,ti", "Amharic,am"})
    void findsByCodeOrName(String query, String alpha2) {
        assertThat(Languages.find(query)).map(IsoLanguage::alpha2).contains(alpha2);
    }

    @ParameterizedTest
    @CsvSource({"xx", "qqq", "Klingonese", "''"})
    void findsNothingForUnknownCodesAndNames(String query) {
        assertThat(Languages.find(query)).isEmpty();
        assertThat(Languages.find(null)).isEmpty();
    }

    @Test
    void capitalisesSpanishAndFrenchNamesForLists() {
        IsoLanguage french = Languages.find("fr").orElseThrow();
        assertThat(french.nameEs()).isEqualTo("Francés");
        assertThat(french.nameFr()).isEqualTo("Français");
    }
}
