package org.cthub.standard.ctdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthub.standard.ctdc.CtdcRoundTripProperties.cells;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.standard.ctdc.CtdcVp2022Record.PerpetratorAgeBand;
import org.cthub.standard.ctdc.CtdcVp2022Record.RegistrationPeriod;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.validation.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CtdcVp2022RecordTest {

    @ParameterizedTest
    @ValueSource(strings = {"vp-synthetic-head.csv", "vp-synthetic-every-100th.csv"})
    void readsEveryRowOfThePublicFileAndWritesItBackByteForByte(String fixture) throws IOException {
        List<String> lines = lines(fixture);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CtdcVp2022Record.header()));

        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            ParsedRow<CtdcVp2022Record> parsed = CtdcVp2022Record.fromRow(i, cells(CtdcVp2022Record.header(), cells));

            assertThat(parsed.problems()).as("row %d", i).isEmpty();
            assertThat(String.join(",", parsed.record().orElseThrow().toRow())).as("row %d", i)
                    .isEqualTo(lines.get(i));
        }
        assertThat(lines).hasSizeGreaterThan(200);
    }

    @Test
    void readsMultiValuedPerpetratorCells() {
        String line = "2021-2022,Male,Minor,,1,Asia,Europe,1,Female;Male,0--29;48+,Africa;Asia,"
                + "FamilyIntimatePartner;StrangerUnknownOther,No;Yes,,1,";
        CtdcVp2022Record record = CtdcVp2022Record.fromRow(1, cells(CtdcVp2022Record.header(), line.split(",", -1)))
                .record().orElseThrow();

        assertThat(record.yearRegister()).isEqualTo(RegistrationPeriod.Y2021_2022);
        assertThat(record.majorityStatus()).isEqualTo(MajorityStatus.MINOR);
        assertThat(record.isSexualExploit()).isTrue();
        assertThat(record.unCooRegion()).isEqualTo(CtdcRegion.ASIA);
        assertThat(record.ipGender()).containsExactly(CtdcGender.FEMALE, CtdcGender.MALE);
        assertThat(record.ipAgeBroad()).containsExactly(PerpetratorAgeBand.AGE_0_29, PerpetratorAgeBand.AGE_48_PLUS);
        assertThat(record.ipCitizenUnRegion()).containsExactly(CtdcRegion.AFRICA, CtdcRegion.ASIA);
        assertThat(record.ipPayMoney()).hasSize(2);
        assertThat(record.ipTransactionProcess()).isTrue();
        assertThat(record.ipRecruiterBroker()).isFalse();
    }

    @Test
    void writesSeveralValuesSortedAsTheFileDoes() {
        CtdcVp2022Record record = new CtdcVp2022Record(null, null, null, false, false, null, null, false,
                EnumSet.of(CtdcGender.MALE, CtdcGender.FEMALE),
                EnumSet.of(PerpetratorAgeBand.AGE_48_PLUS, PerpetratorAgeBand.AGE_30_38),
                EnumSet.of(CtdcRegion.EUROPE, CtdcRegion.AMERICAS_OCEANIA), null, null, false, false, false);

        assertThat(cells(CtdcVp2022Record.header(), record.toRow())).containsEntry("IP_Gender", "Female;Male")
                .containsEntry("IP_ageBroad", "30--38;48+")
                .containsEntry("IP_citizen_UNRegion", "Americas/Oceania;Europe");
    }

    @Test
    void rejectsTransGenderAndOceaniaForTheVictim() {
        Map<String, String> row = new HashMap<>();
        row.put("gender", "Transgender/NonConforming");
        row.put("UN_COO_Region", "Oceania");
        row.put("IP_citizen_UNRegion", "Oceania");
        row.put("IP_ageBroad", "30-38");

        var problems = CtdcVp2022Record.fromRow(4, row).problems();

        assertThat(problems).extracting(problem -> problem.field()).containsExactly("gender", "UN_COO_Region",
                "IP_ageBroad");
        assertThat(problems).extracting(problem -> problem.code()).containsOnly(ErrorCode.E1002_UNKNOWN_VALUE);
        assertThat(problems.get(2).message()).contains("0--29", "separated by ;");
    }

    @Test
    void bandsYearsByIomSystemEra() {
        assertThat(RegistrationPeriod.of(2005)).contains(RegistrationPeriod.Y2005_2013);
        assertThat(RegistrationPeriod.of(2018)).contains(RegistrationPeriod.Y2014_2018);
        assertThat(RegistrationPeriod.of(2019)).contains(RegistrationPeriod.Y2019);
        assertThat(RegistrationPeriod.of(2022)).contains(RegistrationPeriod.Y2021_2022);
        assertThat(RegistrationPeriod.of(2004)).isEmpty();
        assertThat(RegistrationPeriod.of(2023)).isEmpty();
    }

    private static List<String> lines(String fixture) throws IOException {
        try (InputStream in = CtdcVp2022RecordTest.class.getResourceAsStream(fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
