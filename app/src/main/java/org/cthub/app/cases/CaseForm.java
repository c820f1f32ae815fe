package org.cthub.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.Address;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.DecisionMakingOrganisation;
import org.cthub.standard.htcds.EducationLevel;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MaritalStatus;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.MethodOfRecruitment;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TraffickingStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;
import org.cthub.standard.htcds.Victim;
import org.cthub.standard.htcds.Vulnerability;
import org.cthub.store.casework.CaseFile;

/**
 * The case details form: which fields of the person, the victim context and the case a caseworker edits, how
 * a stored record fills them, and how they change the record. Fields the form does not show (salutation,
 * title, coordinates, websites and apps, age bands from imports) are kept as they were. The status is edited
 * here only between Active and Follow-up: closing and reopening go through the supervised closure.
 */
final class CaseForm {

    static final FormField FIRST_NAME = FormField.text("firstName", FormField.NAME_LENGTH);
    static final FormField MIDDLE_NAME = FormField.text("middleName", FormField.NAME_LENGTH);
    static final FormField SECOND_NAME = FormField.text("secondName", FormField.NAME_LENGTH);
    static final FormField BIRTH_DATE = FormField.of("birthDate", FieldKind.DATE);
    static final FormField GENDER = FormField.choice("gender", Gender.values());
    static final FormField CITIZENSHIP = FormField.of("citizenship", FieldKind.COUNTRY);
    static final FormField SECOND_CITIZENSHIP = FormField.of("secondCitizenship", FieldKind.COUNTRY);
    static final FormField PRIMARY_LANGUAGE = FormField.of("primaryLanguage", FieldKind.LANGUAGE);
    static final FormField SECONDARY_LANGUAGE = FormField.of("secondaryLanguage", FieldKind.LANGUAGE);
    static final FormField MARITAL_STATUS = FormField.choice("maritalStatus", MaritalStatus.values());
    static final FormField CHILDREN = FormField.number("numberOfChildren", 99);
    static final FormField EDUCATION = FormField.choice("education", EducationLevel.values());
    static final FormField DECEASED = FormField.of("deceased", FieldKind.YES_NO);
    static final FormField IDENTITY_NUMBER = FormField.text("identityNumber", FormField.NAME_LENGTH);
    static final FormField EMAIL = FormField.of("email", FieldKind.EMAIL);
    static final FormField MOBILE_PHONE = FormField.of("mobilePhone", FieldKind.PHONE);
    static final FormField HOME_PHONE = FormField.of("homePhone", FieldKind.PHONE);
    static final FormField STREET = FormField.text("street", FormField.TEXT_LENGTH);
    static final FormField CITY = FormField.text("city", FormField.NAME_LENGTH);
    static final FormField REGION = FormField.text("region", FormField.NAME_LENGTH);
    static final FormField POSTAL_CODE = FormField.text("postalCode", 20);
    static final FormField ADDRESS_COUNTRY = FormField.of("addressCountry", FieldKind.COUNTRY);
    static final FormField TRAFFICKING_STATUS = FormField.choice("traffickingStatus", TraffickingStatus.values());
    static final FormField DECISION_MAKER = FormField.choice("decisionMaker", DecisionMakingOrganisation.values());
    static final FormField RELATIONSHIP = FormField.choice("relationship", RelationshipToTrafficker.values());
    static final FormField AGE_WHEN_TRAFFICKED = FormField.number("ageWhenTrafficked", 120);
    static final FormField EXPLOITATION_TYPES = FormField.choices("exploitationTypes", TypeOfExploitation.values());
    static final FormField LABOUR_INDUSTRIES = FormField.choices("labourIndustries", ForcedLabourIndustry.values());
    static final FormField SEX_EXPLOITATION = FormField.choices("sexExploitationTypes", TypeOfSexExploitation.values());
    static final FormField EXPLOITATION_COUNTRY = FormField.of("exploitationCountry", FieldKind.COUNTRY);
    static final FormField EXPLOITATION_PLACE = FormField.text("exploitationPlace", FormField.TEXT_LENGTH);
    static final FormField RECRUITMENT_METHODS = FormField.choices("recruitmentMethods", MethodOfRecruitment.values());
    static final FormField RECRUITMENT_PLACE = FormField.text("recruitmentPlace", FormField.TEXT_LENGTH);
    static final FormField CONTROL_METHODS = FormField.choices("controlMethods", MethodOfControl.values());
    static final FormField VULNERABILITIES = FormField.choices("vulnerabilities", Vulnerability.values());
    static final FormField STATUS = FormField.choice("status", CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP).mandatory();
    static final FormField REGISTRATION_DATE = FormField.of("registrationDate", FieldKind.DATE);

    /** A group of fields under one heading ({@code case.section.KEY}); a disclosed one sits in a details element. */
    record Section(String key, List<FormField> fields, boolean disclosed) {
    }

    private static final Section NAMES = new Section("names", List.of(FIRST_NAME, MIDDLE_NAME, SECOND_NAME), false);
    private static final Section PERSON = new Section("person", List.of(BIRTH_DATE, GENDER, CITIZENSHIP,
            SECOND_CITIZENSHIP, PRIMARY_LANGUAGE, SECONDARY_LANGUAGE, MARITAL_STATUS, CHILDREN, EDUCATION, DECEASED),
            false);
    private static final Section CONTACT = new Section("contact", List.of(IDENTITY_NUMBER, EMAIL, MOBILE_PHONE,
            HOME_PHONE, STREET, CITY, REGION, POSTAL_CODE, ADDRESS_COUNTRY), true);
    private static final Section VICTIM = new Section("victim", List.of(TRAFFICKING_STATUS, DECISION_MAKER,
            RELATIONSHIP, AGE_WHEN_TRAFFICKED, EXPLOITATION_TYPES, LABOUR_INDUSTRIES, SEX_EXPLOITATION,
            EXPLOITATION_COUNTRY, EXPLOITATION_PLACE, RECRUITMENT_METHODS, RECRUITMENT_PLACE, CONTROL_METHODS,
            VULNERABILITIES), false);

    private CaseForm() {
    }

    /**
     * The form's sections for a case: the status only while the case is open, and no identifiers once they
     * were erased (editing must not bring them back).
     */
    static List<Section> sections(CaseFile file) {
        Section caseSection = new Section("case", isOpen(file.record())
                ? List.of(STATUS, REGISTRATION_DATE) : List.of(REGISTRATION_DATE), false);
        if (file.identifiersErasedAt() != null) {
            return List.of(new Section("person", PERSON.fields().subList(1, PERSON.fields().size()), false), VICTIM,
                    caseSection);
        }
        return List.of(NAMES, PERSON, CONTACT, VICTIM, caseSection);
    }

    static List<FormField> fields(CaseFile file) {
        return sections(file).stream().flatMap(section -> section.fields().stream()).toList();
    }

    static boolean isOpen(CaseRecord record) {
        CaseStatus status = record.caseInfo().status();
        return status != CaseStatus.CLOSED && status != CaseStatus.CLOSED_REFERRED;
    }

    /** The values a stored record shows in the form. */
    static FormValues of(CaseRecord record) {
        Person person = record.person();
        Victim victim = record.victim();
        Address address = person.mailingAddress();
        List<Country> citizenship = person.citizenship();
        return FormValues.builder().put(FIRST_NAME, person.firstName()).put(MIDDLE_NAME, person.middleName())
                .put(SECOND_NAME, person.secondName()).put(BIRTH_DATE, person.birthdate())
                .put(GENDER, person.gender()).put(CITIZENSHIP, citizenship.isEmpty() ? null : citizenship.get(0))
                .put(SECOND_CITIZENSHIP, citizenship.size() < 2 ? null : citizenship.get(1))
                .put(PRIMARY_LANGUAGE, person.primaryLanguage()).put(SECONDARY_LANGUAGE, person.secondaryLanguage())
                .put(MARITAL_STATUS, person.maritalStatus()).put(CHILDREN, person.numberOfChildren())
                .put(EDUCATION, person.highestLevelOfEducation()).put(DECEASED, person.deceased())
                .put(IDENTITY_NUMBER, person.identityNumber()).put(EMAIL, person.email())
                .put(MOBILE_PHONE, person.mobilePhone()).put(HOME_PHONE, person.homePhone())
                .put(STREET, address.street()).put(CITY, address.city()).put(REGION, address.state())
                .put(POSTAL_CODE, address.postalCode()).put(ADDRESS_COUNTRY, address.country())
                .put(TRAFFICKING_STATUS, victim.traffickingStatus())
                .put(DECISION_MAKER, victim.decisionMakingOrganisation())
                .put(RELATIONSHIP, victim.relationshipToTrafficker())
                .put(AGE_WHEN_TRAFFICKED, victim.ageWhenTrafficked())
                .put(EXPLOITATION_TYPES, victim.typesOfExploitation())
                .put(LABOUR_INDUSTRIES, victim.forcedLabourIndustries())
                .put(SEX_EXPLOITATION, victim.typesOfSexExploitation())
                .put(EXPLOITATION_COUNTRY, victim.countryOfExploitation())
                .put(EXPLOITATION_PLACE, victim.locationOfExploitation())
                .put(RECRUITMENT_METHODS, victim.methodsOfRecruitment())
                .put(RECRUITMENT_PLACE, victim.locationOfRecruitment())
                .put(CONTROL_METHODS, victim.methodsOfControl()).put(VULNERABILITIES, victim.vulnerabilities())
                .put(STATUS, record.caseInfo().status()).put(REGISTRATION_DATE, record.caseInfo().registrationDate())
                .build();
    }

    /**
     * The case's record with the form's values applied; the values must have passed {@link FormCheck}. The
     * identifiers of an erased case stay as erasure left them.
     */
    static CaseRecord apply(CaseFile file, FormValues values) {
        CaseRecord record = file.record();
        if (file.identifiersErasedAt() != null) {
            values = of(record).merge(values, fields(file));
        }
        Person old = record.person();
        Address oldAddress = old.mailingAddress();
        Person person = new Person(old.salutation(), values.text(FIRST_NAME), values.text(MIDDLE_NAME),
                values.text(SECOND_NAME), values.date(BIRTH_DATE), values.choice(GENDER, Gender.class),
                values.yesNo(DECEASED), values.choice(MARITAL_STATUS, MaritalStatus.class), values.number(CHILDREN),
                values.language(PRIMARY_LANGUAGE), values.language(SECONDARY_LANGUAGE),
                values.choice(EDUCATION, EducationLevel.class), citizenship(old.citizenship(), values),
                values.text(IDENTITY_NUMBER), old.title(), values.text(EMAIL), values.text(HOME_PHONE),
                values.text(MOBILE_PHONE), new Address(values.text(STREET), values.text(CITY), values.text(REGION),
                values.text(POSTAL_CODE), values.country(ADDRESS_COUNTRY), oldAddress.latitude(),
                oldAddress.longitude()));
        Victim was = record.victim();
        Victim victim = new Victim(values.choice(TRAFFICKING_STATUS, TraffickingStatus.class),
                values.choice(DECISION_MAKER, DecisionMakingOrganisation.class),
                values.choice(RELATIONSHIP, RelationshipToTrafficker.class), values.number(AGE_WHEN_TRAFFICKED),
                was.recruitmentWebsitesAndApps(), values.choices(RECRUITMENT_METHODS, MethodOfRecruitment.class),
                values.text(RECRUITMENT_PLACE), values.choices(CONTROL_METHODS, MethodOfControl.class),
                values.choices(EXPLOITATION_TYPES, TypeOfExploitation.class),
                values.choices(LABOUR_INDUSTRIES, ForcedLabourIndustry.class),
                values.choices(SEX_EXPLOITATION, TypeOfSexExploitation.class), values.text(EXPLOITATION_PLACE),
                values.country(EXPLOITATION_COUNTRY), was.exploitationWebsitesAndApps(),
                values.choices(VULNERABILITIES, Vulnerability.class), was.ageBand(), was.majorityStatus(),
                was.citizenshipRegion(), was.exploitationRegion());
        Case info = record.caseInfo();
        CaseStatus status = isOpen(record) ? values.choice(STATUS, CaseStatus.class) : info.status();
        Case caseInfo = new Case(info.reference(), status, info.reasonForClosure(), info.caseOwner(),
                values.date(REGISTRATION_DATE), info.registrationYear(), info.registrationPeriod());
        return new CaseRecord(caseInfo, person, victim, record.perpetrators(), record.events(),
                record.referrals(), record.comments(), record.supportPlans(), record.consent(),
                record.perpetratorSummary());
    }

    /** The two citizenships of the form, then any further ones an import recorded. */
    private static List<Country> citizenship(List<Country> old, FormValues values) {
        Set<Country> all = new LinkedHashSet<>();
        Stream.of(values.country(CITIZENSHIP), values.country(SECOND_CITIZENSHIP))
                .filter(country -> country != null).forEach(all::add);
        all.addAll(old.subList(Math.min(2, old.size()), old.size()));
        return new ArrayList<>(all);
    }
}
