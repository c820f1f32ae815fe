package org.cthub.standard.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.standard.geo.Country;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtcdsRowsReadTest {

    @Test
    void readsPicklistsByValueNameOrLabelInEnglishSpanishOrFrench() {
        CaseRecord record = accepted(Map.of("prs_Gender", "Femenino", "cas_Status", "clôturé",
                "vic_TraffickingStatus", "ActualVictimOfTrafficking", "spl_Type", "Social care"));

        assertThat(record.person().gender()).isEqualTo(Gender.FEMININE);
        assertThat(record.caseInfo().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(record.victim().traffickingStatus()).isEqualTo(TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING);
        assertThat(record.supportPlans()).extracting(SupportPlan::type).containsExactly(SupportPlanType.SOCIAL_CARE);
    }

    @Test
    void readsMultiSelectsSeparatedBySemicolons() {
        CaseRecord record = accepted(Map.of("vic_TypeOfExploitation", "ForcedLabour; Explotación sexual",
                "vic_ForcedLabourIndustry", "Agriculture, forestry and fishing;Construction"));

        assertThat(record.victim().typesOfExploitation()).containsExactly(TypeOfExploitation.FORCED_LABOUR,
                TypeOfExploitation.SEXUAL_EXPLOITATION);
        assertThat(record.victim().forcedLabourIndustries()).containsExactly(
                ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING, ForcedLabourIndustry.F_CONSTRUCTION);
    }

    @Test
    void readsCountriesByCodeOrNameInOrderWithoutRepeats() {
        CaseRecord record = accepted(Map.of("prs_Citizenship", "NG; Ghana;FRA; ng", "vic_CountryOfExploitation",
                "Côte d'Ivoire", "hte_Country", "Espagne"));

        assertThat(record.person().citizenship()).extracting(Country::alpha2).containsExactly("NG", "GH", "FR");
        assertThat(record.victim().countryOfExploitation().alpha2()).isEqualTo("CI");
        assertThat(record.events().get(0).place().country().alpha2()).isEqualTo("ES");
    }

    @Test
    void readsLanguagesByCodeOrName() {
        CaseRecord record = accepted(Map.of("prs_PrimaryLanguage", "fr", "prs_SecondaryLanguage", "Spanish"));

        assertThat(record.person().primaryLanguage().alpha3()).isEqualTo("fra");
        assertThat(record.person().secondaryLanguage().alpha3()).isEqualTo("spa");
    }

    @Test
    void readsIsoDates() {
        CaseRecord record = accepted(Map.of("cas_RegistrationDate", "2023-04-30", "prs_Birthdate", "2001-02-28"));

        assertThat(record.caseInfo().registrationDate()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(record.person().birthdate()).isEqualTo(LocalDate.of(2001, 2, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/04/2023", "2023-4-30", "2023-02-30", "April 2023"})
    void rejectsDateNotInIsoForm(String date) {
        Problem problem = onlyProblem(Map.of("hte_Date", date));

        assertThat(problem.code()).isEqualTo(ErrorCode.E1005_INVALID_DATE);
        assertThat(problem.value()).isEqualTo(date);
        assertThat(problem.message()).contains("yyyy-MM-dd");
    }

    @ParameterizedTest
    @CsvSource({"true,true", "Yes,true", "1,true", "sí,true", "SI,true", "Oui,true", "false,false", "NO,false",
            "0,false", "non,false"})
    void readsCheckboxesInEnglishSpanishAndFrench(String cell, boolean expected) {
        assertThat(accepted(Map.of("con_Consent", cell)).consent().toAssistance()).isEqualTo(expected);
    }

    @Test
    void rejectsCheckboxThatIsNeitherYesNorNo() {
        Problem problem = onlyProblem(Map.of("con_ShareAnonymised", "maybe"));

        assertThat(problem.code()).isEqualTo(ErrorCode.E1010_INVALID_BOOLEAN);
        assertThat(problem.message()).contains("oui or non");
    }

    @Test
    void readsWholeNumbersAsSpreadsheetsWriteThem() {
        CaseRecord record = accepted(Map.of("prs_NumberOfChildren", "3.0", "vic_AgeWhenTrafficked", "17"));

        assertThat(record.person().numberOfChildren()).isEqualTo(3);
        assertThat(record.victim().ageWhenTrafficked()).isEqualTo(17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "-1", "three", "1e400"})
    void rejectsNumberThatIsNotAWholeNumberOfZeroOrMore(String cell) {
        Problem problem = onlyProblem(Map.of("prs_NumberOfChildren", cell));

        assertThat(problem.code()).isEqualTo(ErrorCode.E1009_INVALID_NUMBER);
        assertThat(problem.value()).isEqualTo(cell);
    }

    @Test
    void readsCoordinatesInDecimalDegrees() {
        CaseRecord record = accepted(Map.of("hte_Latitude", "-33.918861", "hte_Longitude", "18.4233"));

        assertThat(record.events().get(0).place().latitude()).isEqualTo(-33.918861);
        assertThat(record.events().get(0).place().longitude()).isEqualTo(18.4233);
    }

    @Test
    void rejectsLatitudeBeyondThePoleWithoutEchoingIt() {
        Problem problem = onlyProblem(Map.of("prs_MailingLatitude", "91.5"));

        assertThat(problem.code()).isEqualTo(ErrorCode.E1009_INVALID_NUMBER);
        assertThat(problem.value()).isNull();
        assertThat(problem.message()).contains("-90 to 90").doesNotContain("91.5");
    }

    @ParameterizedTest
    @CsvSource({"9--17,AGE_9_17", "9-17,AGE_9_17", "48+,AGE_48_PLUS", "age_0_8,AGE_0_8", "18 – 20,AGE_18_20"})
    void readsAgeBandsAsCtdcWritesThem(String cell, AgeBand expected) {
        assertThat(accepted(Map.of("vic_AgeBand", cell)).victim().ageBand()).isEqualTo(expected);
    }

    @Test
    void rejectsAgeBandThatCtdcDoesNotUse() {
        Problem problem = onlyProblem(Map.of("vic_AgeBand", "10-19"));

        assertThat(problem.code()).isEqualTo(ErrorCode.E1002_UNKNOWN_VALUE);
        assertThat(problem.message()).contains("0--8", "48+");
    }

    @ParameterizedTest
    @CsvSource({"Minor,MINOR", "menor,MINOR", "Mineure,MINOR", "ADULT,ADULT", "adulto,ADULT", "Adulte,ADULT"})
    void readsMajorityStatusInEnglishSpanishAndFrench(String cell, MajorityStatus expected) {
        assertThat(accepted(Map.of("vic_MajorityStatus", cell)).victim().majorityStatus()).isEqualTo(expected);
    }

    @Test
    void rejectsTheWholeRowWhenOneValueIsInvalid() {
        RowResult result = HtcdsRows.read(4, Map.of("cas_Reference", "A-1", "prs_Gender", "Feminine",
                "vic_TraffickingStatus", "Probably"));

        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        assertThat(result.problems()).hasSize(1);
    }

    @Test
    void reportsEveryInvalidValueOfARowAtOnce() {
        RowResult result = HtcdsRows.read(4, Map.of("prs_Gender", "F?", "hte_Date", "yesterday",
                "con_Consent", "perhaps"));

        assertThat(result.problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("prs_Gender", "hte_Date", "con_Consent");
    }

    @Test
    void namesRowFieldCodeValueAndTheValueNamesOfAShortPicklist() {
        Problem problem = HtcdsRows.read(12, Map.of("prs_Gender", "Femme?")).problems().get(0);

        assertThat(problem).isEqualTo(new Problem(12, "prs_Gender", ErrorCode.E1002_UNKNOWN_VALUE, "Femme?",
                problem.message()));
        assertThat(problem.message()).contains("Feminine, Masculine, TransgenderFeminine", "Spanish or French");
    }

    @Test
    void namesTheRangeOfValueNamesOfALongPicklist() {
        Problem problem = onlyProblem(Map.of("vic_ForcedLabourIndustry", "Fishing"));

        assertThat(problem.message()).contains("21 value names", "A_AgricultureForestryAndFishing",
                "U_ActivitiesOfExtraterritorialOrganizations").contains("'Fishing' is not a value");
    }

    @Test
    void namesOnlyTheUnmatchedPartsOfAMultiSelect() {
        Problem problem = onlyProblem(Map.of("vic_TypeOfExploitation", "Forced labour; Piracy;Smuggling"));

        assertThat(problem.value()).isEqualTo("Forced labour; Piracy;Smuggling");
        assertThat(problem.message()).contains("'Piracy', 'Smuggling' are not values of TypeOfExploitation");
    }

    @Test
    void neverEchoesAPersonalIdentifier() {
        RowResult result = HtcdsRows.read(3, Map.of("prs_Birthdate", "31/12/1990", "prs_MailingCountry", "Atlantis",
                "hte_Longitude", "200.25"));

        assertThat(result.problems()).hasSize(3).allSatisfy(problem -> {
            assertThat(problem.value()).isNull();
            assertThat(problem.message()).doesNotContain("1990", "Atlantis", "200.25");
        });
    }

    @Test
    void rejectsSeveralValuesWhereOneIsAllowed() {
        RowResult result = HtcdsRows.read(2, Map.of("prs_Gender", "Feminine;Masculine",
                "vic_CountryOfExploitation", "NG; GH", "prs_PrimaryLanguage", "fr;es"));

        assertThat(result.problems()).extracting(Problem::code).containsOnly(ErrorCode.E1013_SEVERAL_VALUES)
                .hasSize(3);
    }

    @Test
    void rejectsUnknownCountryAndLanguageSayingWhatWouldBeAccepted() {
        RowResult result = HtcdsRows.read(2, Map.of("vic_CountryOfExploitation", "Narnia",
                "prs_PrimaryLanguage", "Elvish"));

        assertThat(result.problems()).extracting(Problem::code)
                .containsExactlyInAnyOrder(ErrorCode.E1003_UNKNOWN_COUNTRY, ErrorCode.E1004_UNKNOWN_LANGUAGE);
        assertThat(result.problems()).extracting(Problem::message).anySatisfy(message -> assertThat(message)
                .contains("ISO 3166 alpha-2/alpha-3 code or a country name in English, Spanish or French"));
    }

    @Test
    void readsEmptyCellsAsNotRecorded() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("prs_Gender", "");
        cells.put("vic_TypeOfExploitation", "   ");
        cells.put("hte_Type", null);

        CaseRecord record = accepted(cells);

        assertThat(record.person().gender()).isNull();
        assertThat(record.victim().typesOfExploitation()).isEmpty();
        assertThat(record.events()).isEmpty();
    }

    @Test
    void stripsSpacesAroundText() {
        assertThat(accepted(Map.of("cas_Reference", "  A-17 ")).caseInfo().reference()).isEqualTo("A-17");
    }

    @Test
    void readsFurtherInstancesFromSuffixedColumnsInOrder() {
        CaseRecord record = accepted(Map.of("hte_Type", "Recruitment", "hte_Country", "NG", "hte_Type__3",
                "Exploitation", "hte_Country__3", "IT", "cco_CaseComment__2", "Second visit", "cco_CaseComment",
                "First visit"));

        assertThat(record.events()).extracting(TraffickingEvent::type)
                .containsExactly(TraffickingEventType.RECRUITMENT, TraffickingEventType.EXPLOITATION);
        assertThat(record.events().get(1).place().country().alpha2()).isEqualTo("IT");
        assertThat(record.comments()).extracting(CaseComment::comment).containsExactly("First visit",
                "Second visit");
    }

    @Test
    void readsIncomingAndOutgoingReferralsIncomingFirst() {
        CaseRecord record = accepted(Map.of("cas_ReferredOrganisation", "Shelter B", "cas_ReferringOrganisation",
                "Police unit A", "cas_ReasonForIncomingReferral", "Additional services required",
                "cas_OutgoingReferralDate__2", "2023-05-02"));

        assertThat(record.referrals()).extracting(Referral::direction).containsExactly(Referral.Direction.INCOMING,
                Referral.Direction.OUTGOING, Referral.Direction.OUTGOING);
        assertThat(record.referrals().get(0)).isEqualTo(new Referral(Referral.Direction.INCOMING, "Police unit A",
                null, ReferralReason.ADDITIONAL_SERVICES_REQUIRED, null, null));
        assertThat(record.referrals().get(2).date()).isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void namesTheInstanceOfTheCellAtFault() {
        assertThat(onlyProblem(Map.of("spl_ActualEndDate__2", "soon")).field()).isEqualTo("spl_ActualEndDate__2");
    }

    @Test
    void readsColumnNamesInAnyCase() {
        assertThat(accepted(Map.of("PRS_GENDER", "masculine")).person().gender()).isEqualTo(Gender.MASCULINE);
    }

    @Test
    void leavesColumnsOutsideTheLayoutToTheHeaderCheck() {
        CaseRecord record = accepted(Map.of("org_Name", "Shelter", "Notes", "x", "prs_Gender__2", "?",
                "cas_Reference", "R1"));

        assertThat(record.caseInfo().reference()).isEqualTo("R1");
    }

    @Test
    void rejectsTwoColumnsOfOneFieldWithDifferentValues() {
        Problem problem = onlyProblem(Map.of("prs_Gender", "Feminine", "PRS_GENDER", "Masculine"));

        assertThat(problem.code()).isEqualTo(ErrorCode.E2007_DUPLICATE_COLUMN);
        assertThat(problem.value()).isNull();
    }

    @Test
    void readsARowWithNothingRecordedAsAnEmptyCase() {
        RowResult result = HtcdsRows.read(1, Map.of());

        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        assertThat(((RowResult.Accepted) result).caseRecord().caseInfo().reference()).isNull();
    }

    private static CaseRecord accepted(Map<String, String> cells) {
        RowResult result = HtcdsRows.read(1, cells);
        assertThat(result.problems()).isEmpty();
        return ((RowResult.Accepted) result).caseRecord();
    }

    private static Problem onlyProblem(Map<String, String> cells) {
        List<Problem> problems = HtcdsRows.read(1, cells).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
