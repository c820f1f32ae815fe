package org.cthub.privacy.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.cthub.standard.ctdc.CtdcGender;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.htcds.AgeBand;
import org.junit.jupiter.api.Test;

class CtdcHierarchiesTest {

    @Test
    void shippedCountryHierarchyIsTheOneGeneratedFromTheCatalogue() {
        assertThat(CtdcHierarchies.country().rows()).isEqualTo(CountryHierarchy.rows());
    }

    @Test
    void countryHierarchyCoversEveryCountryUpToItsUnRegion() {
        Hierarchy country = CtdcHierarchies.country();
        assertThat(country.levels()).isEqualTo(4);
        Countries.all().stream().filter(c -> !c.unRegion().isBlank()).forEach(c -> {
            assertThat(country.generalise(c.alpha3(), 1)).contains(c.unSubRegion());
            assertThat(country.generalise(c.alpha3(), 2)).contains(c.unRegion());
        });
        assertThat(country.generalise("NGA", 1)).contains("Western Africa");
        assertThat(country.generalise("Unknown", 3)).contains("*");
    }

    @Test
    void ageBandsGeneraliseToMajorityStatus() {
        Hierarchy age = CtdcHierarchies.ageBand();
        for (AgeBand band : AgeBand.values()) {
            assertThat(age.generalise(band.ctdcLabel(), 1)).contains(band.isMinor() ? "Minor" : "Adult");
        }
        assertThat(age.domainSize()).isEqualTo(AgeBand.values().length + 1);
    }

    @Test
    void genderCoversTheCodebookLabels() {
        assertThat(CtdcHierarchies.gender().values()).containsAll(
                Arrays.stream(CtdcGender.values()).map(CtdcGender::label2024).toList());
        assertThat(CtdcHierarchies.gender().height()).isEqualTo(1);
    }

    @Test
    void registrationYearsGeneraliseToFiveYearPeriods() {
        Hierarchy year = CtdcHierarchies.registrationYear();
        assertThat(year.generalise("2002", 1)).contains("2002-2006");
        assertThat(year.generalise("2016", 1)).contains("2012-2016");
        assertThat(year.generalise("2017", 1)).contains("2017-2021");
        assertThat(year.generalise("2026", 1)).contains("2022-2026");
        assertThat(year.generalise("2020", 2)).contains("*");
    }
}
