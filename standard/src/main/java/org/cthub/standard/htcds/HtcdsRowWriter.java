package org.cthub.standard.htcds;

import static org.cthub.standard.htcds.HtcdsField.*;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Writes a {@link CaseRecord} as one row of the HTCDS CSV layout; the inverse of {@link HtcdsRowReader}. */
final class HtcdsRowWriter {

    private HtcdsRowWriter() {
    }

    static Map<String, String> write(CaseRecord record) {
        RowWriter row = new RowWriter();
        caseInfo(row, record.caseInfo());
        person(row, record.person());
        victim(row, record.victim());
        instances(row, record.perpetrators(), HtcdsRowWriter::perpetrator);
        instances(row, record.referrals().stream()
                .filter(referral -> referral.direction() == Referral.Direction.INCOMING).toList(),
                HtcdsRowWriter::incoming);
        instances(row, record.referrals().stream()
                .filter(referral -> referral.direction() == Referral.Direction.OUTGOING).toList(),
                HtcdsRowWriter::outgoing);
        instances(row, record.events(), HtcdsRowWriter::event);
        instances(row, record.supportPlans(), HtcdsRowWriter::plan);
        instances(row, record.comments(), (cells, comment) -> cells.text(CASE_COMMENT, comment.comment()));
        row.checkbox(CONSENT, record.consent().toAssistance());
        row.checkbox(SHARE_ANONYMISED, record.consent().toShareAnonymised());
        return row.toMap();
    }

    private static <T> void instances(RowWriter row, List<T> items, BiConsumer<RowWriter, T> writer) {
        for (int index = 0; index < items.size(); index++) {
            writer.accept(row.instance(index + 1), items.get(index));
        }
    }

    private static void caseInfo(RowWriter row, Case caseInfo) {
        row.text(REFERENCE, caseInfo.reference());
        row.date(REGISTRATION_DATE, caseInfo.registrationDate());
        row.number(REGISTRATION_YEAR, caseInfo.registrationYear());
        row.text(REGISTRATION_PERIOD, caseInfo.registrationPeriod());
        row.one(STATUS, caseInfo.status());
        row.text(REASON_FOR_CASE_CLOSURE, caseInfo.reasonForClosure());
        row.text(CASE_OWNER, caseInfo.caseOwner());
    }

    private static void person(RowWriter row, Person person) {
        row.text(SALUTATION, person.salutation());
        row.text(FIRST_NAME, person.firstName());
        row.text(MIDDLE_NAME, person.middleName());
        row.text(SECOND_NAME, person.secondName());
        row.date(BIRTHDATE, person.birthdate());
        row.one(GENDER, person.gender());
        row.checkbox(DECEASED, person.deceased());
        row.one(MARITAL_STATUS, person.maritalStatus());
        row.number(NUMBER_OF_CHILDREN, person.numberOfChildren());
        row.language(PRIMARY_LANGUAGE, person.primaryLanguage());
        row.language(SECONDARY_LANGUAGE, person.secondaryLanguage());
        row.one(HIGHEST_LEVEL_OF_EDUCATION, person.highestLevelOfEducation());
        row.countries(CITIZENSHIP, person.citizenship());
        row.text(IDENTITY_NUMBER, person.identityNumber());
        row.text(TITLE, person.title());
        row.text(EMAIL, person.email());
        row.text(HOME_PHONE, person.homePhone());
        row.text(MOBILE_PHONE, person.mobilePhone());
        Address mailing = person.mailingAddress();
        row.text(MAILING_STREET, mailing.street());
        row.text(MAILING_CITY, mailing.city());
        row.text(MAILING_STATE, mailing.state());
        row.text(MAILING_POSTAL_CODE, mailing.postalCode());
        row.country(MAILING_COUNTRY, mailing.country());
        row.coordinate(MAILING_LATITUDE, mailing.latitude());
        row.coordinate(MAILING_LONGITUDE, mailing.longitude());
    }

    private static void victim(RowWriter row, Victim victim) {
        row.one(TRAFFICKING_STATUS, victim.traffickingStatus());
        row.one(TRAFFICKING_STATUS_DECISION_MAKING_ORG, victim.decisionMakingOrganisation());
        row.one(RELATIONSHIP_TO_TRAFFICKER, victim.relationshipToTrafficker());
        row.number(AGE_WHEN_TRAFFICKED, victim.ageWhenTrafficked());
        row.many(RECRUITMENT_WEBSITES_AND_APPS, victim.recruitmentWebsitesAndApps());
        row.many(METHOD_OF_RECRUITMENT, victim.methodsOfRecruitment());
        row.text(LOCATION_OF_RECRUITMENT, victim.locationOfRecruitment());
        row.many(METHODS_OF_CONTROL, victim.methodsOfControl());
        row.many(TYPE_OF_EXPLOITATION, victim.typesOfExploitation());
        row.many(FORCED_LABOUR_INDUSTRY, victim.forcedLabourIndustries());
        row.many(TYPE_OF_SEX_EXPLOITATION, victim.typesOfSexExploitation());
        row.text(LOCATION_OF_EXPLOITATION, victim.locationOfExploitation());
        row.country(COUNTRY_OF_EXPLOITATION, victim.countryOfExploitation());
        row.many(EXPLOITATION_WEBSITES_AND_APPS, victim.exploitationWebsitesAndApps());
        row.many(VULNERABILITIES, victim.vulnerabilities());
        row.ageBand(AGE_BAND, victim.ageBand());
        row.majorityStatus(MAJORITY_STATUS, victim.majorityStatus());
        row.text(CITIZENSHIP_REGION, victim.citizenshipRegion());
        row.text(EXPLOITATION_REGION, victim.exploitationRegion());
    }

    private static void perpetrator(RowWriter row, Perpetrator perpetrator) {
        row.one(PERPETRATOR_GENDER, perpetrator.gender());
        row.number(PERPETRATOR_AGE, perpetrator.age());
        row.countries(PERPETRATOR_CITIZENSHIP, perpetrator.citizenship());
        row.many(ROLE_IN_PROCESS, perpetrator.roles());
        row.text(ROLE_DETAILS, perpetrator.roleDetails());
    }

    private static void incoming(RowWriter row, Referral referral) {
        row.text(REFERRING_ORGANISATION, referral.organisation());
        row.date(INCOMING_REFERRAL_DATE, referral.date());
        row.text(REFERRING_PRIMARY_CASE_WORKER, referral.primaryCaseWorker());
        row.one(REASON_FOR_INCOMING_REFERRAL, referral.reason());
        row.text(INCOMING_REFERRAL_DETAILS, referral.details());
    }

    private static void outgoing(RowWriter row, Referral referral) {
        row.text(REFERRED_ORGANISATION, referral.organisation());
        row.date(OUTGOING_REFERRAL_DATE, referral.date());
        row.text(REFERRED_PRIMARY_CASE_WORKER, referral.primaryCaseWorker());
        row.one(REASON_FOR_OUTGOING_REFERRAL, referral.reason());
        row.text(OUTGOING_REFERRAL_DETAILS, referral.details());
    }

    private static void event(RowWriter row, TraffickingEvent event) {
        row.one(EVENT_TYPE, event.type());
        row.date(EVENT_DATE, event.date());
        Address place = event.place();
        row.text(EVENT_STREET, place.street());
        row.text(EVENT_CITY, place.city());
        row.text(EVENT_STATE, place.state());
        row.text(EVENT_POSTAL_CODE, place.postalCode());
        row.country(EVENT_COUNTRY, place.country());
        row.coordinate(EVENT_LATITUDE, place.latitude());
        row.coordinate(EVENT_LONGITUDE, place.longitude());
        row.text(EVENT_DESCRIPTION, event.description());
    }

    private static void plan(RowWriter row, SupportPlan plan) {
        row.one(PLAN_TYPE, plan.type());
        row.text(PLAN_OBJECTIVES, plan.objectives());
        row.text(PLAN_ACTION_PLAN, plan.actionPlan());
        row.date(PLAN_PLANNED_END_DATE, plan.plannedEndDate());
        row.date(PLAN_ACTUAL_END_DATE, plan.actualEndDate());
    }
}
