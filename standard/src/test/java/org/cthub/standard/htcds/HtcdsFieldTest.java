package org.cthub.standard.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cthub.standard.Picklist;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtcdsFieldTest {

    /** One line of the standard's field list, from the fixture copied out of "HTCDS Field Standards 2.0". */
    record StandardField(String name, String status, boolean core, String type, List<String> values) {
    }

    private static List<StandardField> standard;

    @BeforeAll
    static void readStandard() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                HtcdsFieldTest.class.getResourceAsStream("htcds-2.0-fields.csv")), StandardCharsets.UTF_8))) {
            standard = in.lines().filter(line -> !line.startsWith("#")).skip(1).map(line -> line.split(",", -1))
                    .map(cells -> new StandardField(cells[0], cells[1], cells[2].equals("Core"), cells[3],
                            cells[4].isEmpty() ? List.of() : List.of(cells[4].split("\\|"))))
                    .toList();
        }
    }

    @Test
    void cataloguesEveryFieldOfTheStandard() {
        assertThat(standard).hasSize(84);
        for (StandardField field : standard) {
            assertThat(HtcdsField.byName(field.name())).as(field.name()).isPresent();
        }
    }

    @Test
    void flagsAsExtensionExactlyTheFieldsTheStandardLacks() {
        List<String> names = standard.stream().map(StandardField::name).toList();
        List<String> extensions = Arrays.stream(HtcdsField.values()).filter(HtcdsField::isExtension)
                .map(HtcdsField::fieldName).toList();
        List<String> notInStandard = Arrays.stream(HtcdsField.values()).map(HtcdsField::fieldName)
                .filter(name -> !names.contains(name)).toList();

        assertThat(extensions).containsExactlyInAnyOrderElementsOf(notInStandard).contains("cas_Reference",
                "cas_RegistrationDate", "cas_RegistrationYear", "cas_RegistrationPeriod", "vic_CountryOfExploitation",
                "vic_AgeBand", "vic_MajorityStatus", "vic_CitizenshipRegion", "vic_ExploitationRegion",
                "con_ShareAnonymised");
    }

    @Test
    void keepsCoreAndDeprecatedAsTheStandardSays() {
        for (StandardField field : standard) {
            HtcdsField catalogued = HtcdsField.byName(field.name()).orElseThrow();
            assertThat(catalogued.isCore()).as(field.name()).isEqualTo(field.core());
            assertThat(catalogued.isDeprecated()).as(field.name()).isEqualTo(field.status().equals("DEPRECATED"));
        }
        assertThat(HtcdsField.VULNERABILITIES.isDeprecated()).isTrue();
    }

    @Test
    void picklistEnumsHoldExactlyTheStandardsValueNames() {
        for (StandardField field : standard) {
            if (field.values().isEmpty()) {
                continue;
            }
            Class<? extends Enum<?>> picklist = HtcdsField.byName(field.name()).orElseThrow().picklist().orElseThrow();
            List<String> valueNames = Arrays.stream(picklist.getEnumConstants())
                    .map(value -> ((Picklist) value).valueName()).toList();
            assertThat(valueNames).as(field.name()).containsExactlyElementsOf(field.values());
        }
    }

    @Test
    void typesFollowTheStandard() {
        for (StandardField field : standard) {
            HtcdsField.Type type = HtcdsField.byName(field.name()).orElseThrow().type();
            switch (field.type()) {
                case "Date" -> assertThat(type).as(field.name()).isEqualTo(HtcdsField.Type.DATE);
                case "Checkbox" -> assertThat(type).as(field.name()).isEqualTo(HtcdsField.Type.CHECKBOX);
                case "Long Text" -> assertThat(type).as(field.name()).isEqualTo(HtcdsField.Type.LONG_TEXT);
                case "Geolocation" -> assertThat(type).as(field.name()).isEqualTo(HtcdsField.Type.GEO);
                case "Multiselect Picklist" -> assertThat(type).as(field.name())
                        .isIn(HtcdsField.Type.MULTI_PICKLIST, HtcdsField.Type.MULTI_COUNTRY);
                default -> assertThat(type).as(field.name()).isNotNull();
            }
        }
    }

    @Test
    void everyPicklistFieldNamesItsEnumAndNoOtherFieldDoes() {
        for (HtcdsField field : HtcdsField.values()) {
            boolean isPicklist = field.type() == HtcdsField.Type.PICKLIST
                    || field.type() == HtcdsField.Type.MULTI_PICKLIST;
            assertThat(field.picklist().isPresent()).as(field.fieldName()).isEqualTo(isPicklist);
        }
        assertThat(HtcdsField.TYPE_OF_EXPLOITATION.picklist()).contains(TypeOfExploitation.class);
        assertThat(HtcdsField.AGE_BAND.picklist()).contains(AgeBand.class);
    }

    @Test
    void readsCountriesAndLanguagesWhereTheStandardAsksForIsoCodes() {
        assertThat(HtcdsField.CITIZENSHIP.type()).isEqualTo(HtcdsField.Type.MULTI_COUNTRY);
        assertThat(HtcdsField.MAILING_COUNTRY.type()).isEqualTo(HtcdsField.Type.COUNTRY);
        assertThat(HtcdsField.PRIMARY_LANGUAGE.type()).isEqualTo(HtcdsField.Type.LANGUAGE);
    }

    @Test
    void flagsNamesBirthdateIdentityContactAddressAndCoordinatesAsPersonalIdentifiers() {
        List<String> identifiers = Arrays.stream(HtcdsField.values()).filter(HtcdsField::isPersonalIdentifier)
                .map(HtcdsField::fieldName).toList();

        assertThat(identifiers).containsExactlyInAnyOrder("prs_FirstName", "prs_MiddleName", "prs_SecondName",
                "prs_Birthdate", "prs_IdentityNumber", "prs_Email", "prs_HomePhone", "prs_MobilePhone",
                "prs_MailingCity", "prs_MailingCountry", "prs_MailingState", "prs_MailingStreet",
                "prs_MailingPostalCode", "prs_MailingLongitude", "prs_MailingLatitude", "hte_Longitude",
                "hte_Latitude");
    }

    @Test
    void findsFieldsByNameInAnyCase() {
        assertThat(HtcdsField.byName("PRS_GENDER")).contains(HtcdsField.GENDER);
        assertThat(HtcdsField.byName(" vic_typeofexploitation ")).contains(HtcdsField.TYPE_OF_EXPLOITATION);
        assertThat(HtcdsField.byName("gender")).isEmpty();
        assertThat(HtcdsField.byName(null)).isEmpty();
    }

    @Test
    void namesCarryTheirSectionsPrefix() {
        for (HtcdsField field : HtcdsField.values()) {
            String prefix = switch (field.section()) {
                case ORGANISATION -> "org_";
                case PERSON -> "prs_";
                case VICTIM -> "vic_";
                case PERPETRATOR -> "per_";
                case CASE, REFERRAL -> "cas_";
                case CASE_COMMENT -> "cco_";
                case TRAFFICKING_EVENT -> "hte_";
                case SUPPORT_PLAN -> "spl_";
                case CONSENT -> "con_";
            };
            assertThat(field.fieldName()).startsWith(prefix);
            assertThat(field.toString()).isEqualTo(field.fieldName());
        }
    }
}
