package org.cthub.standard.ctdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthub.standard.htcds.TraffickingEventType.EXPLOITATION;
import static org.cthub.standard.htcds.TraffickingEventType.RECRUITMENT;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cthub.standard.ctdc.Ctdc2024Record.Means;
import org.cthub.standard.ctdc.Ctdc2024Record.TraffickMonths;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.PerpetratorRole;
import org.cthub.standard.htcds.PerpetratorSummary;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CtdcDerivationTest {

    @Test
    void derivesMinorFromBirthDateAtRegistration() {
        TestCase minor = new TestCase();
        minor.born = LocalDate.of(2003, 6, 1);
        minor.registered = LocalDate.of(2021, 5, 31);
        minor.ageBand = AgeBand.AGE_48_PLUS; // a stale band loses to the birth date

        assertThat(CtdcDerivation.to2024(minor.build()).ageBroad()).isEqualTo(AgeBand.AGE_9_17);
        assertThat(CtdcDerivation.to2017(minor.build()).majorityStatus()).isEqualTo(MajorityStatus.MINOR);
        assertThat(CtdcDerivation.toVp2022(minor.build()).majorityStatus()).isEqualTo(MajorityStatus.MINOR);

        minor.registered = LocalDate.of(2021, 6, 1);
        assertThat(CtdcDerivation.to2017(minor.build()).majorityStatus()).isEqualTo(MajorityStatus.ADULT);
        assertThat(CtdcDerivation.to2017(minor.build()).ageBroad()).isEqualTo(AgeBand.AGE_18_20);
    }

    @Test
    void derivesTheAgeBandFromTheYearOnlyWhenTheWholeYearFallsInOneBand() {
        TestCase record = new TestCase();
        record.born = LocalDate.of(2000, 7, 1);
        record.registrationYear = 2010;
        assertThat(CtdcDerivation.to2024(record.build()).ageBroad()).isEqualTo(AgeBand.AGE_9_17);

        record.registrationYear = 2018; // 17 until July, 18 after
        record.ageBand = AgeBand.AGE_18_20;
        assertThat(CtdcDerivation.to2024(record.build()).ageBroad()).isEqualTo(AgeBand.AGE_18_20);
        assertThat(CtdcDerivation.to2017(record.build()).majorityStatus()).isNull();
    }

    @Test
    void fallsBackToTheBandAndStatusWithoutABirthDate() {
        TestCase record = new TestCase();
        record.registered = LocalDate.of(2020, 1, 1);
        record.ageBand = AgeBand.AGE_30_38;
        record.majorityStatus = MajorityStatus.ADULT;

        Ctdc2017Record derived = CtdcDerivation.to2017(record.build());

        assertThat(derived.ageBroad()).isEqualTo(AgeBand.AGE_30_38);
        assertThat(derived.majorityStatus()).isEqualTo(MajorityStatus.ADULT);
    }

    @Test
    void derivesMajorityWhenTraffickedFromTheAgeWhenTrafficked() {
        TestCase record = new TestCase();
        record.ageWhenTrafficked = 16;
        record.majorityStatus = MajorityStatus.ADULT;

        Ctdc2017Record derived = CtdcDerivation.to2017(record.build());

        assertThat(derived.majorityStatusAtExploit()).isEqualTo(MajorityStatus.MINOR);
        assertThat(derived.majorityEntry()).isEqualTo(MajorityStatus.MINOR);
        assertThat(derived.majorityStatus()).isEqualTo(MajorityStatus.ADULT);
        assertThat(CtdcDerivation.to2017(new TestCase().build()).majorityEntry()).isNull();
    }

    @Test
    void mergesThreatsAndUsesChildrenIntoMeansThreats() {
        TestCase record = new TestCase().means(MethodOfControl.PHYSICAL_THREATS,
                MethodOfControl.THREATENS_CHILDREN_FAMILY, MethodOfControl.THREATS_LAW_ENFORCEMENT);

        assertThat(CtdcDerivation.to2024(record.build()).means()).containsExactly(Means.THREATS);
        assertThat(CtdcDerivation.to2017(record.build()).meansOfControl()).containsExactly(
                Ctdc2017Flags.Means.THREATS, Ctdc2017Flags.Means.USES_CHILDREN,
                Ctdc2017Flags.Means.THREAT_OF_LAW_ENFORCEMENT);
    }

    @Test
    void mergesTheOtherMeansAsTheCodebookDoes() {
        TestCase record = new TestCase().means(MethodOfControl.TAKES_EARNINGS, MethodOfControl.SEXUAL_ABUSE,
                MethodOfControl.PSYCHOACTIVE_SUBSTANCE, MethodOfControl.RESTRICTS_MEDICAL_CARE,
                MethodOfControl.WITHHOLDS_DOCUMENTS, MethodOfControl.EXCESSIVE_WORKING_HOURS, MethodOfControl.OTHER);

        assertThat(CtdcDerivation.to2024(record.build()).means()).containsExactly(Means.DEBT_BONDAGE_EARNINGS,
                Means.ABUSE_PSY_PHY_SEX, Means.DRUGS_ALCOHOL, Means.DENY_BASIC_NEEDS, Means.EXCESSIVE_WORK_HOURS,
                Means.WITHHOLD_DOCS);
        assertThat(CtdcDerivation.to2017(record.build()).meansOfControl()).contains(
                Ctdc2017Flags.Means.PSYCHOACTIVE_SUBSTANCES, Ctdc2017Flags.Means.OTHER).hasSize(7);
    }

    @ParameterizedTest
    @CsvSource({"FORCED_LABOUR,FORCED_LABOUR,FORCED_LABOUR", "CHILD_LABOUR,FORCED_LABOUR,FORCED_LABOUR",
        "FORCED_BEGGING,FORCED_LABOUR,FORCED_LABOUR", "SEXUAL_EXPLOITATION,SEXUAL,SEXUAL",
        "FORCED_MARRIAGE,OTHER,FORCED_MARRIAGE", "FORCED_MILITARY_BY_NON_STATE_ACTORS,OTHER,FORCED_MILITARY",
        "ORGAN_REMOVAL,OTHER,ORGAN_REMOVAL", "SERVITUDE,OTHER,SLAVERY_AND_PRACTICES", "FORCED_ADOPTION,OTHER,OTHER",
        "SURROGACY,OTHER,OTHER", "OTHER,OTHER,OTHER"})
    void classifiesEveryTypeOfExploitation(TypeOfExploitation type, Ctdc2024Record.Exploitation in2024,
                                           Ctdc2017Flags.Exploitation in2017) {
        TestCase record = new TestCase().types(type);

        assertThat(CtdcDerivation.to2024(record.build()).exploitation()).containsExactly(in2024);
        assertThat(CtdcDerivation.to2017(record.build()).typeOfExploit()).containsExactly(in2017);
        assertThat(CtdcDerivation.toVp2022(record.build()).isForcedLabour())
                .isEqualTo(in2024 == Ctdc2024Record.Exploitation.FORCED_LABOUR);
    }

    @Test
    void flagsSexAndLabourAndBeggingIn2017() {
        TestCase record = new TestCase().types(TypeOfExploitation.FORCED_BEGGING,
                TypeOfExploitation.SEXUAL_EXPLOITATION);

        Ctdc2017Record derived = CtdcDerivation.to2017(record.build());

        assertThat(derived.typeOfExploit()).containsExactly(Ctdc2017Flags.Exploitation.FORCED_LABOUR,
                Ctdc2017Flags.Exploitation.SEXUAL, Ctdc2017Flags.Exploitation.SEX_AND_LABOUR);
        assertThat(derived.typeOfLabour()).containsExactly(Ctdc2017Flags.Labour.BEGGING);
        assertThat(CtdcDerivation.toVp2022(record.build()).isSexualExploit()).isTrue();
    }

    @Test
    void mapsIsicSectionsToSectorsOfLabour() {
        TestCase record = new TestCase();
        record.industries = EnumSet.of(ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING,
                ForcedLabourIndustry.B_MINING_AND_QUARRYING,
                ForcedLabourIndustry.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS, ForcedLabourIndustry.P_EDUCATION,
                ForcedLabourIndustry.G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES);

        assertThat(CtdcDerivation.to2017(record.build()).typeOfLabour()).containsExactly(
                Ctdc2017Flags.Labour.AGRICULTURE, Ctdc2017Flags.Labour.DOMESTIC_WORK,
                Ctdc2017Flags.Labour.MINING_OR_DRILLING, Ctdc2017Flags.Labour.OTHER);
        assertThat(CtdcDerivation.to2024(record.build()).labour()).containsExactly(Ctdc2024Record.Labour.AGRICULTURE,
                Ctdc2024Record.Labour.DOMESTIC_WORK);
    }

    @Test
    void keepsOnlyTheSexualExploitationTypesEachLayoutHas() {
        TestCase record = new TestCase();
        record.sexTypes =
                EnumSet.of(TypeOfSexExploitation.PORNOGRAPHY, TypeOfSexExploitation.REMOTE_INTERACTIVE_SERVICES);

        assertThat(CtdcDerivation.to2024(record.build()).sex()).containsExactly(Ctdc2024Record.Sex.PORNOGRAPHY);
        assertThat(CtdcDerivation.to2017(record.build()).typeOfSex()).containsExactly(Ctdc2017Flags.Sex.PORNOGRAPHY,
                Ctdc2017Flags.Sex.REMOTE_INTERACTIVE_SERVICES);
    }

    @ParameterizedTest
    @CsvSource({"FAMILIAL,FAMILY,FAMILY,FAMILY_INTIMATE_PARTNER", "ACQUAINTED,FRIEND,FRIEND,FRIEND_ACQUAINTANCE",
        "UNAQUAINTED,OTHER,OTHER,STRANGER_UNKNOWN_OTHER"})
    void mapsTheRelationToTheTrafficker(RelationshipToTrafficker relationship, Ctdc2024Record.Relation in2024,
                                        Ctdc2017Flags.Relation in2017, CtdcVp2022Record.PerpetratorRelation inVp) {
        TestCase record = new TestCase();
        record.relationship = relationship;

        assertThat(CtdcDerivation.to2024(record.build()).recruiterRelation()).containsExactly(in2024);
        assertThat(CtdcDerivation.to2017(record.build()).recruiterRelation()).containsExactly(in2017);
        assertThat(CtdcDerivation.toVp2022(record.build()).ipRelation()).containsExactly(inVp);
    }

    @ParameterizedTest
    @CsvSource({"FEMININE,FEMALE,FEMALE", "MASCULINE,MALE,MALE", "TRANSGENDER_FEMININE,TRANS,",
        "TRANSGENDER_MASCULINE,TRANS,", "NON_CONFORMING,TRANS,", "NON_SPECIFIED_UNKNOWN,,"})
    void mapsGender(Gender gender, CtdcGender inCtdc, CtdcGender inVp) {
        TestCase record = new TestCase();
        record.gender = gender;

        assertThat(CtdcDerivation.to2024(record.build()).gender()).isEqualTo(inCtdc);
        assertThat(CtdcDerivation.to2017(record.build()).gender()).isEqualTo(inCtdc);
        assertThat(CtdcDerivation.toVp2022(record.build()).gender()).as("no trans category").isEqualTo(inVp);
    }

    @Test
    void takesTheFirstCitizenshipAndItsRegion() {
        TestCase record = new TestCase().citizenOf("PH", "US");
        record.citizenshipRegion = "Europe"; // a country wins over a region

        assertThat(CtdcDerivation.to2017(record.build()).citizenship().alpha2()).isEqualTo("PH");
        assertThat(CtdcDerivation.to2024(record.build()).citizenship().alpha3()).isEqualTo("PHL");
        assertThat(CtdcDerivation.toVp2022(record.build()).unCooRegion()).isEqualTo(CtdcRegion.ASIA);
    }

    @Test
    void usesTheRegionsOfSourcesThatPublishOnlyRegions() {
        TestCase record = new TestCase();
        record.citizenshipRegion = "Oceania";
        record.exploitationRegion = "Americas/Oceania";

        CtdcVp2022Record derived = CtdcDerivation.toVp2022(record.build());

        assertThat(derived.unCooRegion()).isEqualTo(CtdcRegion.AMERICAS_OCEANIA);
        assertThat(derived.unCoeRegion()).isEqualTo(CtdcRegion.AMERICAS_OCEANIA);
    }

    @Test
    void takesTheCountryOfExploitationFromTheLatestExploitationEvent() {
        TestCase record = new TestCase().event(EXPLOITATION, LocalDate.of(2019, 3, 1), "TH")
                .event(RECRUITMENT, LocalDate.of(2020, 1, 1), "KH").event(EXPLOITATION, LocalDate.of(2018, 1, 1), "MY")
                .event(EXPLOITATION, null, "VN");

        assertThat(CtdcDerivation.to2017(record.build()).countryOfExploitation().alpha2()).isEqualTo("TH");
        assertThat(CtdcDerivation.toVp2022(record.build()).unCoeRegion()).isEqualTo(CtdcRegion.ASIA);

        record.countryOfExploitation = Countries.byCode("DE");
        assertThat(CtdcDerivation.to2024(record.build()).countryOfExploitation().alpha3()).isEqualTo("DEU");
    }

    @Test
    void countsKosovoUnderSerbiaIn2024Only() {
        TestCase record = new TestCase().citizenOf("XK");

        assertThat(CtdcDerivation.to2024(record.build()).citizenship().alpha3()).isEqualTo("SRB");
        assertThat(CtdcDerivation.to2017(record.build()).citizenship().alpha2()).isEqualTo("XK");
        assertThat(CtdcDerivation.toVp2022(record.build()).unCooRegion()).isEqualTo(CtdcRegion.EUROPE);
    }

    @Test
    void bandsTheTraffickingDuration() {
        TestCase record = new TestCase().event(RECRUITMENT, LocalDate.of(2018, 1, 15), "NP")
                .event(EXPLOITATION, LocalDate.of(2019, 3, 1), "IN");
        assertThat(CtdcDerivation.to2024(record.build()).traffickMonths()).isEqualTo(TraffickMonths.FROM_13_TO_24);

        TestCase undated = new TestCase().event(EXPLOITATION, LocalDate.of(2019, 3, 1), "IN");
        assertThat(CtdcDerivation.to2024(undated.build()).traffickMonths()).isNull();
    }

    @Test
    void takesTheYearOfRegistrationFromTheDateOrTheYear() {
        TestCase record = new TestCase();
        record.registered = LocalDate.of(2016, 12, 31);
        record.registrationYear = 2015;
        assertThat(CtdcDerivation.to2024(record.build()).yearOfRegistration()).isEqualTo(2016);
        assertThat(CtdcDerivation.toVp2022(record.build()).yearRegister())
                .isEqualTo(CtdcVp2022Record.RegistrationPeriod.Y2014_2018);

        record.registered = null;
        assertThat(CtdcDerivation.to2017(record.build()).yearOfRegistration()).isEqualTo(2015);
    }

    @Test
    void bandsTheRegistrationPeriodFromAPeriodWhenNoYearIsKnown() {
        TestCase record = new TestCase();
        record.registrationPeriod = "2021-2022";
        assertThat(CtdcDerivation.toVp2022(record.build()).yearRegister())
                .isEqualTo(CtdcVp2022Record.RegistrationPeriod.Y2021_2022);

        record.registrationYear = 2003;
        assertThat(CtdcDerivation.toVp2022(record.build()).yearRegister()).as("before the first band").isNull();
    }

    @Test
    void describesPerpetratorsOneByOne() {
        TestCase record = new TestCase();
        record.perpetrators = List.of(
                new Perpetrator(Gender.MASCULINE, 45, List.of(Countries.byCode("RU")),
                        Set.of(PerpetratorRole.RECRUITER_OR_INTERMEDIARY), null),
                new Perpetrator(Gender.FEMININE, 29, List.of(Countries.byCode("BR")),
                        Set.of(PerpetratorRole.KIDNAPPER,
                                PerpetratorRole.SMUGGLER), null),
                new Perpetrator(Gender.NON_CONFORMING, null, List.of(),
                        Set.of(PerpetratorRole.TRAVELLING_PARTNER), null));

        CtdcVp2022Record derived = CtdcDerivation.toVp2022(record.build());

        assertThat(derived.toRow()).containsSubsequence("", "Female;Male", "0--29;39--47", "Americas/Oceania;Europe");
        assertThat(derived.ipExploiter()).isFalse();
        assertThat(derived.ipRecruiterBroker()).isTrue();
        assertThat(derived.ipTransactionProcess()).isTrue();
        assertThat(derived.ipControlAbuseKidnap()).isTrue();
        assertThat(derived.ipPayMoney()).isEmpty();
        assertThat(CtdcDerivation.to2017(record.build()).isAbduction()).isTrue();
    }

    @Test
    void prefersThePerpetratorSummaryWhenPresent() {
        TestCase record = new TestCase();
        record.perpetrators = List.of(new Perpetrator(Gender.MASCULINE, 50, null,
                Set.of(PerpetratorRole.EXPLOITER), null));
        record.summary = new PerpetratorSummary(Set.of(Gender.FEMININE), Set.of("30--38"),
                Set.of("Africa", "Atlantis"), Set.of("FriendAcquaintance"), Set.of("No", "Yes"),
                Set.of(PerpetratorRole.HARBOURED_INDIVIDUAL));

        CtdcVp2022Record derived = CtdcDerivation.toVp2022(record.build());

        assertThat(derived.ipGender()).containsExactly(CtdcGender.FEMALE);
        assertThat(derived.ipAgeBroad()).containsExactly(CtdcVp2022Record.PerpetratorAgeBand.AGE_30_38);
        assertThat(derived.ipCitizenUnRegion()).as("unknown regions left out").containsExactly(CtdcRegion.AFRICA);
        assertThat(derived.ipRelation()).containsExactly(CtdcVp2022Record.PerpetratorRelation.FRIEND_ACQUAINTANCE);
        assertThat(derived.ipPayMoney()).hasSize(2);
        assertThat(derived.ipExploiter()).isFalse();
        assertThat(derived.ipTransactionProcess()).isTrue();
    }

    @Test
    void derivesEmptyRecordsFromAnEmptyCase() {
        String[] row2024 = CtdcDerivation.to2024(new TestCase().build()).toRow();
        String[] row2017 = CtdcDerivation.to2017(new TestCase().build()).toRow();
        String[] rowVp = CtdcDerivation.toVp2022(new TestCase().build()).toRow();

        assertThat(row2024).hasSize(27).containsOnly("");
        assertThat(row2017).hasSize(64).containsOnly("");
        assertThat(rowVp).hasSize(16).containsOnly("");
    }
}
