package org.cthub.standard.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.cthub.standard.ctdc.Ctdc2017Flags.Exploitation;
import org.cthub.standard.ctdc.Ctdc2017Flags.Labour;
import org.cthub.standard.ctdc.Ctdc2017Flags.Means;
import org.cthub.standard.ctdc.Ctdc2017Flags.Relation;
import org.cthub.standard.ctdc.CtdcVp2022Record.RegistrationPeriod;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.PerpetratorRole;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.junit.jupiter.api.Test;

class CtdcImportTest {

    @Test
    void importsEachMergedMeansAsTheFirstValueItsLabelNames() {
        Ctdc2024Record record = new Ctdc2024Record(null, null, null, null, null, null,
                EnumSet.allOf(Ctdc2024Record.Means.class), null, null, null, null);

        assertThat(CtdcImport.from2024(record).victim().methodsOfControl()).containsExactlyInAnyOrder(
                MethodOfControl.DEBT_BONDAGE, MethodOfControl.PHYSICAL_THREATS, MethodOfControl.PSYCHOLOGICAL_ABUSE,
                MethodOfControl.FALSE_PROMISES, MethodOfControl.PSYCHOACTIVE_SUBSTANCE,
                MethodOfControl.WITHHOLDS_NECESSITIES, MethodOfControl.EXCESSIVE_WORKING_HOURS,
                MethodOfControl.WITHHOLDS_DOCUMENTS);
    }

    @Test
    void importsCoarseValuesIntoTheExtensionFields() {
        Ctdc2024Record record = new Ctdc2024Record(2019, CtdcGender.TRANS, AgeBand.AGE_24_26, Countries.byCode("UA"),
                Countries.byCode("PL"), null, null, null, null, null,
                EnumSet.of(Ctdc2024Record.Relation.INTIMATE_PARTNER, Ctdc2024Record.Relation.OTHER));

        CaseRecord imported = CtdcImport.from2024(record);

        assertThat(imported.caseInfo().registrationYear()).isEqualTo(2019);
        assertThat(imported.caseInfo().registrationDate()).isNull();
        assertThat(imported.person().gender()).isEqualTo(Gender.NON_CONFORMING);
        assertThat(imported.person().birthdate()).isNull();
        assertThat(imported.victim().ageBand()).isEqualTo(AgeBand.AGE_24_26);
        assertThat(imported.person().citizenship()).containsExactly(Countries.byCode("UA"));
        assertThat(imported.victim().countryOfExploitation()).isEqualTo(Countries.byCode("PL"));
        assertThat(imported.victim().relationshipToTrafficker()).as("an intimate partner counts as family")
                .isEqualTo(RelationshipToTrafficker.FAMILIAL);
        assertThat(imported.consent().allowsSharing()).isFalse();
    }

    @Test
    void importsSingleYearBandsAsYearsAndRangesAsPeriods() {
        CaseRecord year = CtdcImport.fromVp2022(vp(RegistrationPeriod.Y2019));
        CaseRecord period = CtdcImport.fromVp2022(vp(RegistrationPeriod.Y2014_2018));

        assertThat(year.caseInfo().yearOfRegistration()).isEqualTo(2019);
        assertThat(year.caseInfo().registrationPeriod()).isNull();
        assertThat(period.caseInfo().registrationPeriod()).isEqualTo("2014-2018");
        assertThat(period.caseInfo().yearOfRegistration()).isNull();
        assertThat(period.victim().citizenshipRegion()).isEqualTo("Americas/Oceania");
        assertThat(period.victim().majorityStatus()).isEqualTo(MajorityStatus.MINOR);
    }

    @Test
    void importsThePerpetratorColumnsAsASummary() {
        CtdcVp2022Record record = new CtdcVp2022Record(null, null, null, false, false, null, null, true,
                EnumSet.of(CtdcGender.MALE), EnumSet.of(CtdcVp2022Record.PerpetratorAgeBand.AGE_39_47),
                EnumSet.of(CtdcRegion.EUROPE), EnumSet.of(CtdcVp2022Record.PerpetratorRelation.FRIEND_ACQUAINTANCE),
                EnumSet.of(CtdcVp2022Record.PaidMoney.YES), false, true, true);

        var summary = CtdcImport.fromVp2022(record).perpetratorSummary();

        assertThat(summary.genders()).containsExactly(Gender.MASCULINE);
        assertThat(summary.ageBands()).containsExactly("39--47");
        assertThat(summary.citizenshipRegions()).containsExactly("Europe");
        assertThat(summary.relations()).containsExactly("FriendAcquaintance");
        assertThat(summary.paidMoney()).containsExactly("Yes");
        assertThat(summary.roles()).containsExactlyInAnyOrder(PerpetratorRole.EXPLOITER, PerpetratorRole.TRANSPORTER,
                PerpetratorRole.CONTROLLED_INDIVIDUAL);
        assertThat(CtdcImport.fromVp2022(vp(null)).perpetratorSummary()).as("no perpetrator data").isNull();
    }

    @Test
    void importsAbductionAsAKidnapperAndSexAndLabourAsBothTypes() {
        Ctdc2017Record record = record2017(EnumSet.noneOf(Means.class), EnumSet.of(Exploitation.SEX_AND_LABOUR),
                EnumSet.noneOf(Labour.class), true);

        CaseRecord imported = CtdcImport.from2017(record);

        assertThat(imported.perpetratorSummary().roles()).containsExactly(PerpetratorRole.KIDNAPPER);
        assertThat(imported.victim().typesOfExploitation()).containsExactlyInAnyOrder(
                TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.SEXUAL_EXPLOITATION);
    }

    @Test
    void importsBeggingAsForcedBeggingAndCoarseSectorsAsTheirIsicSection() {
        Ctdc2017Record record = record2017(EnumSet.noneOf(Means.class), EnumSet.noneOf(Exploitation.class),
                EnumSet.of(Labour.BEGGING, Labour.AQUAFARMING, Labour.PEDDLING, Labour.OTHER,
                        Labour.ILLICIT_ACTIVITIES), false);

        CaseRecord imported = CtdcImport.from2017(record);

        assertThat(imported.victim().typesOfExploitation()).containsExactly(TypeOfExploitation.FORCED_BEGGING);
        assertThat(imported.victim().forcedLabourIndustries()).containsExactlyInAnyOrder(
                ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING,
                ForcedLabourIndustry.G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES,
                ForcedLabourIndustry.S_OTHER_SERVICE_ACTIVITIES);
    }

    @Test
    void losesOnlyTheDocumentedValuesOf2017() {
        Ctdc2017Record record = new Ctdc2017Record(2012, Ctdc2017Flags.Datasource.HOTLINE, CtdcGender.FEMALE,
                AgeBand.AGE_21_23, MajorityStatus.ADULT, MajorityStatus.MINOR, MajorityStatus.MINOR,
                Countries.byCode("MD"), EnumSet.of(Means.RESTRICTS_MOVEMENT, Means.NOT_SPECIFIED, Means.THREATS),
                EnumSet.of(Exploitation.SEXUAL), EnumSet.of(Labour.NOT_SPECIFIED), null, false,
                Countries.byCode("TR"), EnumSet.of(Relation.UNKNOWN));

        Ctdc2017Record back = CtdcDerivation.to2017(CtdcImport.from2017(record));

        assertThat(back.datasource()).isNull();
        assertThat(back.majorityStatusAtExploit()).isNull();
        assertThat(back.majorityEntry()).isNull();
        assertThat(back.meansOfControl()).containsExactly(Means.THREATS, Means.OTHER);
        assertThat(back.typeOfLabour()).isEmpty();
        assertThat(back.recruiterRelation()).isEmpty();
        assertThat(back).usingRecursiveComparison()
                .ignoringFields("datasource", "majorityStatusAtExploit", "majorityEntry", "meansOfControl",
                        "typeOfLabour", "recruiterRelation")
                .isEqualTo(record);
    }

    @Test
    void losesTheTraffickingDurationOf2024() {
        Ctdc2024Record record = new Ctdc2024Record(2020, null, null, null, null,
                Ctdc2024Record.TraffickMonths.FROM_25, null, Set.of(Ctdc2024Record.Exploitation.OTHER), null, null,
                null);

        Ctdc2024Record back = CtdcDerivation.to2024(CtdcImport.from2024(record));

        assertThat(back.traffickMonths()).isNull();
        assertThat(back.exploitation()).containsExactly(Ctdc2024Record.Exploitation.OTHER);
        assertThat(back.yearOfRegistration()).isEqualTo(2020);
    }

    private static CtdcVp2022Record vp(RegistrationPeriod period) {
        return new CtdcVp2022Record(period, CtdcGender.FEMALE, MajorityStatus.MINOR, true, false,
                CtdcRegion.AMERICAS_OCEANIA, CtdcRegion.ASIA, false, null, null, null, null, null, false, false, false);
    }

    private static Ctdc2017Record record2017(Set<Means> means, Set<Exploitation> exploitation, Set<Labour> labour,
                                             boolean abduction) {
        return new Ctdc2017Record(null, null, null, null, null, null, null, null, means, exploitation, labour, null,
                abduction, null, null);
    }
}
