package org.cthub.standard.ctdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthub.standard.ctdc.CtdcRoundTripProperties.cells;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.standard.ctdc.Ctdc2017Flags.Exploitation;
import org.cthub.standard.ctdc.Ctdc2017Flags.Means;
import org.cthub.standard.ctdc.Ctdc2017Flags.Relation;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.junit.jupiter.api.Test;

class Ctdc2017RecordTest {

    /** The header line of the public file, as published (SCHEMAS.md). */
    private static final String PUBLIC_HEADER = """
            By using this data you agree to the Terms of Use: https://www.ctdatacollaborative.org/terms-use;\
            yearOfRegistration;Datasource;gender;ageBroad;majorityStatus;majorityStatusAtExploit;majorityEntry;\
            citizenship;meansOfControlDebtBondage;meansOfControlTakesEarnings;\
            meansOfControlRestrictsFinancialAccess;meansOfControlThreats;meansOfControlPsychologicalAbuse;\
            meansOfControlPhysicalAbuse;meansOfControlSexualAbuse;meansOfControlFalsePromises;\
            meansOfControlPsychoactiveSubstances;meansOfControlRestrictsMovement;\
            meansOfControlRestrictsMedicalCare;meansOfControlExcessiveWorkingHours;meansOfControlUsesChildren;\
            meansOfControlThreatOfLawEnforcement;meansOfControlWithholdsNecessities;\
            meansOfControlWithholdsDocuments;meansOfControlOther;meansOfControlNotSpecified;\
            meansOfControlConcatenated;isForcedLabour;isSexualExploit;isOtherExploit;isSexAndLabour;\
            isForcedMarriage;isForcedMilitary;isOrganRemoval;isSlaveryAndPractices;typeOfExploitConcatenated;\
            typeOfLabourAgriculture;typeOfLabourAquafarming;typeOfLabourBegging;typeOfLabourConstruction;\
            typeOfLabourDomesticWork;typeOfLabourHospitality;typeOfLabourIllicitActivities;\
            typeOfLabourManufacturing;typeOfLabourMiningOrDrilling;typeOfLabourPeddling;\
            typeOfLabourTransportation;typeOfLabourOther;typeOfLabourNotSpecified;typeOfLabourConcatenated;\
            typeOfSexProstitution;typeOfSexPornography;typeOfSexRemoteInteractiveServices;\
            typeOfSexPrivateSexualServices;typeOfSexConcatenated;isAbduction;RecruiterRelationship;\
            CountryOfExploitation;recruiterRelationIntimatePartner;recruiterRelationFriend;\
            recruiterRelationFamily;recruiterRelationOther;recruiterRelationUnknown""";

    @Test
    void hasThePublicHeaderInOrder() {
        assertThat(String.join(";", Ctdc2017Record.header())).isEqualTo(PUBLIC_HEADER);
        assertThat(Ctdc2017Record.header()).hasSize(64);
    }

    @Test
    void writesThePublicSpellings() {
        Ctdc2017Record record = new Ctdc2017Record(2016, Ctdc2017Flags.Datasource.CASE_MANAGEMENT, CtdcGender.TRANS,
                AgeBand.AGE_0_8, MajorityStatus.MINOR, MajorityStatus.MINOR, null, Countries.byCode("UA"),
                EnumSet.of(Means.DEBT_BONDAGE, Means.THREATS), EnumSet.of(Exploitation.SEXUAL), null, null, false,
                Countries.byCode("RU"), EnumSet.of(Relation.FAMILY, Relation.OTHER));
        Map<String, String> row = cells(Ctdc2017Record.header(), record.toRow());

        assertThat(record.toRow()[0]).isEmpty();
        assertThat(row).containsEntry("yearOfRegistration", "2016").containsEntry("Datasource", "Case Management")
                .containsEntry("gender", "Transgender/NonConforming").containsEntry("ageBroad", "0--8")
                .containsEntry("majorityStatus", "Minor").containsEntry("majorityEntry", "")
                .containsEntry("citizenship", "UA").containsEntry("CountryOfExploitation", "RU")
                .containsEntry("meansOfControlDebtBondage", "1").containsEntry("meansOfControlTakesEarnings", "")
                .containsEntry("meansOfControlConcatenated", "Debt bondage;Threats")
                .containsEntry("typeOfExploitConcatenated", "Sexual exploitation")
                .containsEntry("RecruiterRelationship", "Family/Relative; Other")
                .containsEntry("recruiterRelationFamily", "1").containsEntry("recruiterRelationUnknown", "")
                .containsEntry("isAbduction", "");
    }

    @Test
    void readsZeroAndEmptyAlikeAsNotFlagged() {
        Map<String, String> row = emptyRow();
        row.put("isForcedLabour", "0");
        row.put("isSexualExploit", "1");
        row.put("meansOfControlThreats", "1");

        Ctdc2017Record record = Ctdc2017Record.fromRow(7, row).record().orElseThrow();

        assertThat(record.typeOfExploit()).containsExactly(Exploitation.SEXUAL);
        assertThat(record.meansOfControl()).containsExactly(Means.THREATS);
    }

    @Test
    void readsARowOfTheFile() {
        String[] cells = """
                ;2015;Hotline;Female;18--20;Adult;;;PH;;;;;;;;;;;;;;;;;;;;0;1;0;0;0;0;0;0;\
                Sexual exploitation;;;;;;;;;;;;;;;1;0;0;0;Prostitution;0;Friend/Acquaintance;US;0;1;0;0;0"""
                .split(";", -1);
        Ctdc2017Record record = Ctdc2017Record.fromRow(1, cells(Ctdc2017Record.header(), cells)).record()
                .orElseThrow();

        assertThat(record.yearOfRegistration()).isEqualTo(2015);
        assertThat(record.datasource()).isEqualTo(Ctdc2017Flags.Datasource.HOTLINE);
        assertThat(record.ageBroad()).isEqualTo(AgeBand.AGE_18_20);
        assertThat(record.citizenship().alpha2()).isEqualTo("PH");
        assertThat(record.typeOfExploit()).containsExactly(Exploitation.SEXUAL);
        assertThat(record.typeOfSex()).containsExactly(Ctdc2017Flags.Sex.PROSTITUTION);
        assertThat(record.recruiterRelation()).containsExactly(Relation.FRIEND);
        assertThat(record.countryOfExploitation().alpha2()).isEqualTo("US");
        assertThat(cells(Ctdc2017Record.header(), record.toRow())).as("0 is written as an empty cell")
                .containsEntry("isForcedLabour", "").containsEntry("isSexualExploit", "1");
    }

    @Test
    void rejectsUnknownValuesSayingWhatIsAccepted() {
        Map<String, String> row = emptyRow();
        row.put("gender", "Woman");
        row.put("citizenship", "UKR");
        row.put("ageBroad", "18-20");
        row.put("isAbduction", "yes");

        List<Problem> problems = Ctdc2017Record.fromRow(3, row).problems();

        assertThat(problems).extracting(Problem::field).containsExactly("gender", "ageBroad", "citizenship",
                "isAbduction");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.row()).isEqualTo(3));
        assertThat(problems.get(0).code()).isEqualTo(ErrorCode.E1002_UNKNOWN_VALUE);
        assertThat(problems.get(0).message()).contains("female", "male", "transgender/nonconforming");
        assertThat(problems.get(1).message()).contains("18--20", "48+");
        assertThat(problems.get(2).code()).isEqualTo(ErrorCode.E1003_UNKNOWN_COUNTRY);
        assertThat(problems.get(2).message()).contains("alpha-2");
        assertThat(problems.get(3).code()).isEqualTo(ErrorCode.E1010_INVALID_BOOLEAN);
    }

    @Test
    void rejectsAnAgeBandThatContradictsTheMajorityStatus() {
        Map<String, String> row = emptyRow();
        row.put("ageBroad", "9--17");
        row.put("majorityStatus", "Adult");

        assertThat(Ctdc2017Record.fromRow(1, row).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.code()).isEqualTo(ErrorCode.E1014_INCONSISTENT));
    }

    @Test
    void reportsMissingColumnsButNotTheNotice() {
        List<String> header = Ctdc2017Record.header().subList(1, 63);

        assertThat(Ctdc2017Record.checkHeader(header)).extracting(Problem::field)
                .containsExactly("recruiterRelationUnknown");
        assertThat(Ctdc2017Record.checkHeader(Ctdc2017Record.header())).isEmpty();
    }

    private static Map<String, String> emptyRow() {
        Map<String, String> row = new HashMap<>();
        Ctdc2017Record.header().forEach(column -> row.put(column, ""));
        return row;
    }
}
