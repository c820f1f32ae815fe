package org.cthub.standard.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.Referral;
import org.cthub.standard.htcds.SupportPlan;
import org.cthub.standard.htcds.TraffickingEvent;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;
import org.cthub.standard.htcds.Victim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    private final CaseValidator validator = new CaseValidator();

    /** A consistent case, changed field by field in each test. */
    private static final class Given {
        String reference = "R-1";
        LocalDate registered = LocalDate.of(2020, 6, 1);
        Integer year;
        LocalDate birth = LocalDate.of(2003, 9, 20);
        Integer trafficked = 15;
        AgeBand band = AgeBand.AGE_9_17;
        MajorityStatus majority = MajorityStatus.MINOR;
        Set<TypeOfExploitation> types = Set.of(TypeOfExploitation.SEXUAL_EXPLOITATION);
        Set<TypeOfSexExploitation> sexTypes = Set.of(TypeOfSexExploitation.PROSTITUTION);
        Set<ForcedLabourIndustry> industries = Set.of();
        List<Perpetrator> perpetrators = List.of();
        List<Referral> referrals = List.of();
        List<TraffickingEvent> events = List.of();
        List<SupportPlan> plans = List.of();

        CaseRecord record() {
            Case caseInfo = new Case(reference, null, null, null, registered, year, null);
            Person person = new Person(null, null, null, null, birth, Gender.FEMININE, null, null, null, null, null,
                    null, null, null, null, null, null, null, null);
            Victim victim = new Victim(null, null, null, trafficked, null, null, null, null, types, industries,
                    sexTypes, null, null, null, null, band, majority, null, null);
            return new CaseRecord(caseInfo, person, victim, perpetrators, events, referrals, null, plans, null, null);
        }
    }

    @Test
    void acceptsAConsistentCase() {
        assertThat(validate(new Given())).isEmpty();
    }

    @Test
    void acceptsACaseWithNothingButItsReference() {
        Given given = new Given();
        given.registered = null;
        given.birth = null;
        given.trafficked = null;
        given.band = null;
        given.majority = null;
        given.types = Set.of();
        given.sexTypes = Set.of();

        assertThat(validate(given)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void requiresTheCaseReference(String reference) {
        Given given = new Given();
        given.reference = reference;

        assertThat(only(given)).extracting(Problem::field, Problem::code)
                .containsExactly("cas_Reference", ErrorCode.E1001_REQUIRED);
    }

    @Test
    void requiresTheCaseReferenceWhenMissing() {
        Given given = new Given();
        given.reference = null;

        assertThat(only(given).code()).isEqualTo(ErrorCode.E1001_REQUIRED);
    }

    @Test
    void rejectsBirthDateInTheFutureWithoutEchoingIt() {
        Given given = new Given();
        given.registered = null;
        given.band = null;
        given.majority = null;
        given.trafficked = null;
        given.birth = TODAY.plusDays(1);

        Problem problem = only(given);

        assertThat(problem.field()).isEqualTo("prs_Birthdate");
        assertThat(problem.code()).isEqualTo(ErrorCode.E1006_DATE_IN_FUTURE);
        assertThat(problem.value()).isNull();
        assertThat(problem.message()).doesNotContain("2024-03-16");
    }

    @Test
    void rejectsRegistrationDateInTheFuture() {
        Given given = new Given();
        given.registered = TODAY.plusDays(1);

        assertThat(validate(given)).extracting(Problem::field, Problem::code, Problem::value)
                .contains(org.assertj.core.groups.Tuple.tuple("cas_RegistrationDate", ErrorCode.E1006_DATE_IN_FUTURE,
                        "2024-03-16"));
    }

    @Test
    void acceptsDatesOfToday() {
        Given given = new Given();
        given.registered = TODAY;
        given.birth = LocalDate.of(2010, 1, 1);
        given.trafficked = 12;

        assertThat(validate(given)).isEmpty();
    }

    @Test
    void rejectsReferralEventAndPlanEndDatesInTheFutureButNotAPlannedEnd() {
        LocalDate tomorrow = TODAY.plusDays(1);
        Given given = new Given();
        given.referrals = List.of(new Referral(Referral.Direction.OUTGOING, "A", null, null, TODAY, null),
                new Referral(Referral.Direction.INCOMING, "B", null, null, tomorrow, null),
                new Referral(Referral.Direction.OUTGOING, "C", null, null, tomorrow, null));
        given.events = List.of(new TraffickingEvent(null, tomorrow, null, null));
        given.plans = List.of(new SupportPlan(null, null, null, tomorrow, null),
                new SupportPlan(null, null, null, null, tomorrow));

        assertThat(validate(given)).extracting(Problem::field).containsExactly("cas_IncomingReferralDate",
                "cas_OutgoingReferralDate__2", "hte_Date", "spl_ActualEndDate__2");
    }

    @Test
    void rejectsBirthDateAfterRegistration() {
        Given given = new Given();
        given.birth = given.registered.plusDays(1);
        given.band = null;
        given.majority = null;
        given.trafficked = null;

        Problem problem = only(given);

        assertThat(problem.field()).isEqualTo("prs_Birthdate");
        assertThat(problem.code()).isEqualTo(ErrorCode.E1007_BIRTH_AFTER_REGISTRATION);
        assertThat(problem.value()).isNull();
    }

    @Test
    void rejectsBirthYearAfterTheYearOfRegistration() {
        Given given = new Given();
        given.registered = null;
        given.year = 2002;
        given.band = null;
        given.majority = null;
        given.trafficked = null;

        assertThat(only(given).code()).isEqualTo(ErrorCode.E1007_BIRTH_AFTER_REGISTRATION);
    }

    @Test
    void reportsNoAgeProblemsForSomeoneBornAfterRegistration() {
        Given given = new Given();
        given.birth = given.registered.plusYears(1);

        assertThat(validate(given)).extracting(Problem::code)
                .containsExactly(ErrorCode.E1007_BIRTH_AFTER_REGISTRATION);
    }

    @Test
    void rejectsAgeAtRegistrationOverOneHundredAndTwenty() {
        Given given = new Given();
        given.birth = given.registered.minusYears(121);
        given.band = null;
        given.majority = null;

        Problem problem = only(given);

        assertThat(problem).extracting(Problem::field, Problem::code, Problem::value)
                .containsExactly("prs_Birthdate", ErrorCode.E1008_IMPOSSIBLE_AGE, null);
        assertThat(problem.message()).doesNotContain("121", "1899");
    }

    @Test
    void acceptsAgeAtRegistrationOfOneHundredAndTwenty() {
        Given given = new Given();
        given.birth = given.registered.minusYears(121).plusDays(1);
        given.band = null;
        given.majority = null;

        assertThat(validate(given)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 121, 400})
    void rejectsAgeWhenTraffickedOutsideZeroToOneHundredAndTwenty(int age) {
        Given given = new Given();
        given.trafficked = age;

        assertThat(only(given)).extracting(Problem::field, Problem::code, Problem::value)
                .containsExactly("vic_AgeWhenTrafficked", ErrorCode.E1008_IMPOSSIBLE_AGE, Integer.toString(age));
    }

    @Test
    void rejectsAgeWhenTraffickedGreaterThanTheAgeAtRegistration() {
        Given given = new Given();
        given.trafficked = 17;

        assertThat(only(given)).extracting(Problem::field, Problem::code)
                .containsExactly("vic_AgeWhenTrafficked", ErrorCode.E1008_IMPOSSIBLE_AGE);
    }

    @Test
    void acceptsAgeWhenTraffickedEqualToTheAgeAtRegistration() {
        Given given = new Given();
        given.trafficked = 16;

        assertThat(validate(given)).isEmpty();
    }

    @Test
    void judgesAgeWhenTraffickedAgainstTodayWhenRegistrationIsUnknown() {
        Given given = new Given();
        given.registered = null;
        given.band = null;
        given.majority = null;
        given.trafficked = 21;

        assertThat(only(given).code()).isEqualTo(ErrorCode.E1008_IMPOSSIBLE_AGE);
        given.trafficked = 20;
        assertThat(validate(given)).isEmpty();
    }

    @Test
    void allowsEitherAgeWhenOnlyTheYearOfRegistrationIsKnown() {
        Given given = new Given();
        given.registered = null;
        given.year = 2021;
        given.trafficked = 18;
        for (AgeBand band : List.of(AgeBand.AGE_9_17, AgeBand.AGE_18_20)) {
            given.band = band;
            given.majority = band.isMinor() ? MajorityStatus.MINOR : MajorityStatus.ADULT;
            assertThat(validate(given)).as(band.ctdcLabel()).isEmpty();
        }
        given.band = AgeBand.AGE_21_23;
        given.majority = null;
        assertThat(only(given)).extracting(Problem::field, Problem::code)
                .containsExactly("vic_AgeBand", ErrorCode.E1014_INCONSISTENT);
    }

    @Test
    void rejectsAgeBandContradictingTheBirthDateAtRegistration() {
        Given given = new Given();
        given.band = AgeBand.AGE_0_8;

        assertThat(only(given)).extracting(Problem::field, Problem::code, Problem::value)
                .containsExactly("vic_AgeBand", ErrorCode.E1014_INCONSISTENT, "0--8");
    }

    @Test
    void rejectsMajorityStatusContradictingTheBirthDateAtRegistration() {
        Given given = new Given();
        given.band = null;
        given.majority = MajorityStatus.ADULT;

        assertThat(only(given)).extracting(Problem::field, Problem::code, Problem::value)
                .containsExactly("vic_MajorityStatus", ErrorCode.E1014_INCONSISTENT, "Adult");
    }

    @Test
    void rejectsMajorityStatusContradictingTheAgeBand() {
        Given given = new Given();
        given.birth = null;
        given.majority = MajorityStatus.ADULT;

        assertThat(only(given)).extracting(Problem::field, Problem::code)
                .containsExactly("vic_MajorityStatus", ErrorCode.E1014_INCONSISTENT);
    }

    @Test
    void rejectsAgeWhenTraffickedAboveTheAgeBandWhenTheBirthDateIsUnknown() {
        Given given = new Given();
        given.birth = null;
        given.trafficked = 19;

        assertThat(only(given)).extracting(Problem::field, Problem::code)
                .containsExactly("vic_AgeWhenTrafficked", ErrorCode.E1014_INCONSISTENT);
    }

    @Test
    void rejectsTypeOfSexExploitationWhenRecordedTypesLackSexualExploitation() {
        Given given = new Given();
        given.types = Set.of(TypeOfExploitation.FORCED_LABOUR);

        assertThat(only(given)).extracting(Problem::field, Problem::code, Problem::value)
                .containsExactly("vic_TypeOfSexExploitation", ErrorCode.E1014_INCONSISTENT, "Prostitution");
    }

    @Test
    void acceptsTypeOfSexExploitationWhenNoTypeOfExploitationIsRecorded() {
        Given given = new Given();
        given.types = Set.of();

        assertThat(validate(given)).isEmpty();
    }

    @Test
    void acceptsForcedLabourIndustryForOtherTypesOfExploitation() {
        Given given = new Given();
        given.types = Set.of(TypeOfExploitation.SERVITUDE);
        given.sexTypes = Set.of();
        given.industries = Set.of(ForcedLabourIndustry.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS);

        assertThat(validate(given)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1989, 2025, 20})
    void rejectsRegistrationYearOutsideNineteenNinetyToThisYear(int year) {
        Given given = new Given();
        given.registered = null;
        given.birth = null;
        given.year = year;

        assertThat(only(given)).extracting(Problem::field, Problem::code, Problem::value)
                .containsExactly("cas_RegistrationYear", ErrorCode.E1015_YEAR_OUT_OF_RANGE, Integer.toString(year));
    }

    @ParameterizedTest
    @ValueSource(ints = {1990, 2024})
    void acceptsRegistrationYearsFromNineteenNinetyToThisYear(int year) {
        Given given = new Given();
        given.registered = null;
        given.birth = null;
        given.year = year;

        assertThat(validate(given)).isEmpty();
    }

    @Test
    void rejectsRegistrationDateBeforeNineteenNinety() {
        Given given = new Given();
        given.registered = LocalDate.of(1989, 12, 31);
        given.birth = null;

        assertThat(only(given)).extracting(Problem::field, Problem::code)
                .containsExactly("cas_RegistrationDate", ErrorCode.E1015_YEAR_OUT_OF_RANGE);
    }

    @Test
    void rejectsRegistrationYearThatDiffersFromTheRegistrationDate() {
        Given given = new Given();
        given.year = 2019;

        assertThat(only(given)).extracting(Problem::field, Problem::code)
                .containsExactly("cas_RegistrationYear", ErrorCode.E1014_INCONSISTENT);
    }

    @Test
    void rejectsImpossiblePerpetratorAgeNamingItsInstance() {
        Given given = new Given();
        given.perpetrators = List.of(new Perpetrator(Gender.MASCULINE, 40, null, null, null),
                new Perpetrator(null, 140, null, null, null));

        assertThat(only(given)).extracting(Problem::field, Problem::code)
                .containsExactly("per_Age__2", ErrorCode.E1008_IMPOSSIBLE_AGE);
    }

    @Test
    void carriesTheRowIntoEveryProblem() {
        Given given = new Given();
        given.reference = null;
        given.trafficked = 130;

        assertThat(validator.validate(given.record(), 42, TODAY)).hasSize(2).extracting(Problem::row)
                .containsOnly(42L);
    }

    @Test
    void rejectsMissingRecordOrDate() {
        assertThatThrownBy(() -> validator.validate(null, 1, TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> validator.validate(new Given().record(), 1, null))
                .isInstanceOf(NullPointerException.class);
    }

    private List<Problem> validate(Given given) {
        return validator.validate(given.record(), 1, TODAY);
    }

    private Problem only(Given given) {
        List<Problem> problems = validate(given);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
