package org.cthub.standard.htcds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Languages;
import org.junit.jupiter.api.Test;

class HtcdsRowsWriteTest {

    private static final Case NO_CASE = new Case(null, null, null, null, null, null, null);
    private static final Person NO_PERSON = new Person(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);
    private static final Victim NO_VICTIM = new Victim(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    @Test
    void writesEveryColumnOfTheLayoutEvenWhenNothingIsRecorded() {
        Map<String, String> row = HtcdsRows.write(record(NO_PERSON, NO_VICTIM, List.of()));

        assertThat(row.keySet()).containsExactlyElementsOf(HtcdsRows.columns());
        assertThat(row.values()).containsOnly("");
    }

    @Test
    void startsWithTheCaseAndEndsWithConsent() {
        List<String> columns = HtcdsRows.columns();

        assertThat(columns).startsWith("cas_Reference", "cas_RegistrationDate", "cas_RegistrationYear",
                "cas_RegistrationPeriod", "cas_Status").endsWith("con_Consent", "con_ShareAnonymised");
        assertThat(columns.indexOf("prs_Gender")).isLessThan(columns.indexOf("vic_TraffickingStatus"));
        assertThat(columns.indexOf("per_RoleInProcess")).isLessThan(columns.indexOf("cas_ReferringOrganisation"));
        assertThat(columns.indexOf("hte_Type")).isLessThan(columns.indexOf("spl_Type"));
    }

    @Test
    void leavesOutOrganisationFieldsAndFieldsACaseHasNoPlaceFor() {
        assertThat(HtcdsRows.columns()).doesNotContain("org_Name", "org_Type", "per_Organisation",
                "vic_AgreementToManagePersonalData", "vic_DetailsOfVulnerabilities").contains("vic_Vulnerabilities");
    }

    @Test
    void writesValueNamesIsoCodesIsoDatesAndPlainNumbers() {
        Person person = new Person(null, "Ana", null, null, LocalDate.of(1990, 1, 2), Gender.FEMININE, Boolean.FALSE,
                null, 2, Languages.find("fr").orElseThrow(), null, null,
                List.of(Countries.byCode("NG"), Countries.byCode("GH")), null, null, null, null, null,
                new Address(null, null, null, null, null, 0.00001, -120.5));
        Victim victim = new Victim(null, null, null, null, null, null, null, null,
                Set.of(TypeOfExploitation.SEXUAL_EXPLOITATION, TypeOfExploitation.FORCED_LABOUR), null, null, null,
                null, null, null, AgeBand.AGE_9_17, MajorityStatus.MINOR, null, null);

        Map<String, String> row = HtcdsRows.write(record(person, victim, List.of()));

        assertThat(row).containsEntry("prs_FirstName", "Ana").containsEntry("prs_Birthdate", "1990-01-02")
                .containsEntry("prs_Gender", "Feminine").containsEntry("prs_Deceased", "false")
                .containsEntry("prs_NumberOfChildren", "2").containsEntry("prs_PrimaryLanguage", "fra")
                .containsEntry("prs_Citizenship", "NG;GH").containsEntry("prs_MailingLatitude", "0.00001")
                .containsEntry("prs_MailingLongitude", "-120.5")
                .containsEntry("vic_TypeOfExploitation", "ForcedLabour;SexualExploitation")
                .containsEntry("vic_AgeBand", "9--17").containsEntry("vic_MajorityStatus", "Minor");
    }

    @Test
    void writesFurtherInstancesWithASuffixAfterTheFirst() {
        List<TraffickingEvent> events = List.of(new TraffickingEvent(TraffickingEventType.RECRUITMENT, null, null,
                null), new TraffickingEvent(TraffickingEventType.EXPLOITATION, null, null, "Farm"));

        List<String> columns = List.copyOf(HtcdsRows.write(record(NO_PERSON, NO_VICTIM, events)).keySet());

        assertThat(columns.indexOf("hte_Type__2")).isGreaterThan(columns.indexOf("hte_Description"))
                .isLessThan(columns.indexOf("spl_Objectives"));
        assertThat(columns).contains("hte_Country__2", "hte_Description__2").doesNotContain("hte_Type__3",
                "spl_Type__2");
    }

    @Test
    void listsAHeaderWithAsManyInstancesAsAsked() {
        List<String> two = HtcdsRows.columns(2);
        long repeating = HtcdsRows.columns().stream().filter(column -> column.matches("(per|hte|spl|cco)_.*")
                || column.matches("cas_(Referr|ReasonFor(In|Out)|Incoming|Outgoing).*")).count();

        assertThat(two).hasSize(HtcdsRows.columns().size() + (int) repeating);
        assertThat(two.indexOf("per_RoleDetails__2")).isLessThan(two.indexOf("cas_ReferringOrganisation"));
        assertThat(two.indexOf("cas_OutgoingReferralDetails")).isLessThan(two.indexOf("cas_ReferringOrganisation__2"));
    }

    @Test
    void rejectsAHeaderWithoutInstancesOrWithTooMany() {
        assertThatThrownBy(() -> HtcdsRows.columns(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtcdsRows.columns(1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesOutThePerpetratorSummaryWhichHasItsOwnLayout() {
        PerpetratorSummary summary = new PerpetratorSummary(Set.of(Gender.MASCULINE), Set.of("30--38"), null, null,
                null, null);
        CaseRecord record = new CaseRecord(NO_CASE, NO_PERSON, NO_VICTIM, null, null, null, null, null, null,
                summary);

        assertThat(HtcdsRows.write(record).values()).containsOnly("");
    }

    @Test
    void namesColumnsOfFurtherInstancesWithASuffix() {
        assertThat(HtcdsRows.columnName(HtcdsField.EVENT_TYPE, 1)).isEqualTo("hte_Type");
        assertThat(HtcdsRows.columnName(HtcdsField.EVENT_TYPE, 12)).isEqualTo("hte_Type__12");
        assertThatThrownBy(() -> HtcdsRows.columnName(HtcdsField.GENDER, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CaseRecord record(Person person, Victim victim, List<TraffickingEvent> events) {
        return new CaseRecord(NO_CASE, person, victim, null, events, null, null, null, null, null);
    }
}
