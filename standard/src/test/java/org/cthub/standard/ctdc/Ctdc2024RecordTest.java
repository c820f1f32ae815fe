package org.cthub.standard.ctdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthub.standard.ctdc.CtdcRoundTripProperties.cells;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.standard.ctdc.Ctdc2024Record.Means;
import org.cthub.standard.ctdc.Ctdc2024Record.TraffickMonths;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.junit.jupiter.api.Test;

class Ctdc2024RecordTest {

    @Test
    void hasTheCodebooksTwentySevenVariablesInOrder() {
        assertThat(Ctdc2024Record.header()).containsExactly("yearOfRegistration", "gender", "ageBroad",
                "citizenship", "CountryOfExploitation", "traffickMonths", "meansDebtBondageEarnings", "meansThreats",
                "meansAbusePsyPhySex", "meansFalsePromises", "meansDrugsAlcohol", "meansDenyBasicNeeds",
                "meansExcessiveWorkHours", "meansWithholdDocs", "isForcedLabour", "isSexualExploit", "isOtherExploit",
                "typeOfLabourAgriculture", "typeOfLabourConstruction", "typeOfLabourDomesticWork",
                "typeOfLabourHospitality", "typeOfSexProstitution", "typeOfSexPornography",
                "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily",
                "recruiterRelationOther");
    }

    @Test
    void writesThePublicSpellings() {
        Ctdc2024Record record = new Ctdc2024Record(2021, CtdcGender.TRANS, AgeBand.AGE_9_17, Countries.byCode("NG"),
                Countries.byCode("IT"), TraffickMonths.FROM_13_TO_24, EnumSet.of(Means.THREATS), null, null, null,
                null);

        Map<String, String> row = cells(Ctdc2024Record.header(), record.toRow());

        assertThat(row).containsEntry("gender", "Trans/Transgender/NonConforming").containsEntry("ageBroad", "9--17")
                .containsEntry("citizenship", "NGA").containsEntry("CountryOfExploitation", "ITA")
                .containsEntry("traffickMonths", "13--24 (1-2 yrs)").containsEntry("meansThreats", "1")
                .containsEntry("meansFalsePromises", "").containsEntry("isForcedLabour", "");
    }

    @Test
    void readsNullAndZeroPaddedAgeBands() {
        Map<String, String> row = emptyRow();
        row.put("gender", "NULL");
        row.put("ageBroad", "09--17");
        row.put("isSexualExploit", "1");

        Ctdc2024Record record = Ctdc2024Record.fromRow(1, row).record().orElseThrow();

        assertThat(record.gender()).isNull();
        assertThat(record.ageBroad()).isEqualTo(AgeBand.AGE_9_17);
        assertThat(record.exploitation()).containsExactly(Ctdc2024Record.Exploitation.SEXUAL);
    }

    @Test
    void mergesThe2021MeansOfControlColumns() {
        Map<String, String> row = new HashMap<>();
        row.put("gender", "Woman");
        row.put("meansOfControlTakesEarnings", "1");
        row.put("meansOfControlDebtBondage", "");
        row.put("meansOfControlUsesChildren", "1");
        row.put("meansOfControlSexualAbuse", "1");
        row.put("meansOfControlRestrictsMovement", "1");
        row.put("meansOfControlFalsePromises", "");
        row.put("meansOfControlPsychoactiveSubstances", "1");
        row.put("meansOfControlWithholdsDocuments", "1");
        row.put("meansOfControlExcessiveWorkingHours", "");
        row.put("meansOfControlOther", "1");

        Ctdc2024Record record = Ctdc2024Record.fromRow(1, row).record().orElseThrow();

        assertThat(record.means()).containsExactly(Means.DEBT_BONDAGE_EARNINGS, Means.THREATS,
                Means.ABUSE_PSY_PHY_SEX, Means.DRUGS_ALCOHOL, Means.DENY_BASIC_NEEDS, Means.WITHHOLD_DOCS);
    }

    @Test
    void acceptsA2021HeaderAndReportsMissingColumns() {
        List<String> header2021 = Ctdc2024Record.header().stream().filter(column -> !column.startsWith("means"))
                .collect(java.util.stream.Collectors.toList());
        for (Means means : Means.values()) {
            header2021.addAll(means.columns2021());
        }

        assertThat(Ctdc2024Record.checkHeader(header2021)).isEmpty();
        assertThat(Ctdc2024Record.checkHeader(List.of("gender"))).hasSize(26)
                .allSatisfy(problem -> assertThat(problem.code()).isEqualTo(ErrorCode.E2004_MISSING_COLUMN));
    }

    @Test
    void rejectsAlphaTwoCodesAndKosovo() {
        Map<String, String> row = emptyRow();
        row.put("citizenship", "NG");
        row.put("CountryOfExploitation", "XKX");

        List<Problem> problems = Ctdc2024Record.fromRow(9, row).problems();

        assertThat(problems).extracting(Problem::code).containsOnly(ErrorCode.E1003_UNKNOWN_COUNTRY);
        assertThat(problems.get(0).message()).contains("alpha-3");
        assertThat(problems.get(1).message()).contains("SRB");
    }

    @Test
    void rejectsTheGenderSpellingOfOtherLayouts() {
        Map<String, String> row = emptyRow();
        row.put("gender", "Female");

        assertThat(Ctdc2024Record.fromRow(2, row).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("woman", "man"));
    }

    private static Map<String, String> emptyRow() {
        Map<String, String> row = new HashMap<>();
        Ctdc2024Record.header().forEach(column -> row.put(column, ""));
        return row;
    }
}
