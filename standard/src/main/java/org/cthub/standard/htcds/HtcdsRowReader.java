package org.cthub.standard.htcds;

import static org.cthub.standard.htcds.HtcdsField.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cthub.standard.validation.Problem;

/** Reads one row of the HTCDS CSV layout into a {@link CaseRecord}; the inverse of {@link HtcdsRowWriter}. */
final class HtcdsRowReader {

    private HtcdsRowReader() {
    }

    static RowResult read(long rowNumber, Map<String, String> cellsByName) {
        RowCells row = RowCells.of(rowNumber, cellsByName);
        Case caseInfo = caseInfo(row);
        Person person = person(row);
        Victim victim = victim(row);
        List<Perpetrator> perpetrators = instances(row, HtcdsLayout.Group.PERPETRATOR, HtcdsRowReader::perpetrator);
        List<Referral> referrals = new ArrayList<>(instances(row, HtcdsLayout.Group.INCOMING_REFERRAL,
                HtcdsRowReader::incoming));
        referrals.addAll(instances(row, HtcdsLayout.Group.OUTGOING_REFERRAL, HtcdsRowReader::outgoing));
        List<TraffickingEvent> events = instances(row, HtcdsLayout.Group.TRAFFICKING_EVENT, HtcdsRowReader::event);
        List<SupportPlan> plans = instances(row, HtcdsLayout.Group.SUPPORT_PLAN, HtcdsRowReader::plan);
        List<CaseComment> comments = instances(row, HtcdsLayout.Group.CASE_COMMENT,
                cells -> new CaseComment(cells.text(CASE_COMMENT)));
        Consent consent = new Consent(row.checkbox(CONSENT), row.checkbox(SHARE_ANONYMISED));
        List<Problem> problems = row.problems();
        if (!problems.isEmpty()) {
            return new RowResult.Rejected(rowNumber, problems);
        }
        return new RowResult.Accepted(rowNumber, new CaseRecord(caseInfo, person, victim, perpetrators, events,
                referrals, comments, plans, consent, null));
    }

    private static <T> List<T> instances(RowCells row, HtcdsLayout.Group group, Function<RowCells, T> reader) {
        return row.instances(group).stream().map(instance -> reader.apply(row.instance(instance))).toList();
    }

    private static Case caseInfo(RowCells row) {
        return new Case(row.text(REFERENCE), row.one(STATUS, CaseStatus.class), row.text(REASON_FOR_CASE_CLOSURE),
                row.text(CASE_OWNER), row.date(REGISTRATION_DATE), row.wholeNumber(REGISTRATION_YEAR),
                row.text(REGISTRATION_PERIOD));
    }

    private static Person person(RowCells row) {
        Address mailing = new Address(row.text(MAILING_STREET), row.text(MAILING_CITY), row.text(MAILING_STATE),
                row.text(MAILING_POSTAL_CODE), row.country(MAILING_COUNTRY),
                row.coordinate(MAILING_LATITUDE, "latitude", 90),
                row.coordinate(MAILING_LONGITUDE, "longitude", 180));
        return new Person(row.text(SALUTATION), row.text(FIRST_NAME), row.text(MIDDLE_NAME), row.text(SECOND_NAME),
                row.date(BIRTHDATE), row.one(GENDER, Gender.class), row.checkbox(DECEASED),
                row.one(MARITAL_STATUS, MaritalStatus.class), row.wholeNumber(NUMBER_OF_CHILDREN),
                row.language(PRIMARY_LANGUAGE), row.language(SECONDARY_LANGUAGE),
                row.one(HIGHEST_LEVEL_OF_EDUCATION, EducationLevel.class), row.countries(CITIZENSHIP),
                row.text(IDENTITY_NUMBER), row.text(TITLE), row.text(EMAIL), row.text(HOME_PHONE),
                row.text(MOBILE_PHONE), mailing);
    }

    private static Victim victim(RowCells row) {
        return new Victim(row.one(TRAFFICKING_STATUS, TraffickingStatus.class),
                row.one(TRAFFICKING_STATUS_DECISION_MAKING_ORG, DecisionMakingOrganisation.class),
                row.one(RELATIONSHIP_TO_TRAFFICKER, RelationshipToTrafficker.class),
                row.wholeNumber(AGE_WHEN_TRAFFICKED), row.many(RECRUITMENT_WEBSITES_AND_APPS, WebsiteOrApp.class),
                row.many(METHOD_OF_RECRUITMENT, MethodOfRecruitment.class), row.text(LOCATION_OF_RECRUITMENT),
                row.many(METHODS_OF_CONTROL, MethodOfControl.class),
                row.many(TYPE_OF_EXPLOITATION, TypeOfExploitation.class),
                row.many(FORCED_LABOUR_INDUSTRY, ForcedLabourIndustry.class),
                row.many(TYPE_OF_SEX_EXPLOITATION, TypeOfSexExploitation.class), row.text(LOCATION_OF_EXPLOITATION),
                row.country(COUNTRY_OF_EXPLOITATION), row.many(EXPLOITATION_WEBSITES_AND_APPS, WebsiteOrApp.class),
                row.many(VULNERABILITIES, Vulnerability.class), row.ageBand(AGE_BAND),
                row.majorityStatus(MAJORITY_STATUS), row.text(CITIZENSHIP_REGION), row.text(EXPLOITATION_REGION));
    }

    private static Perpetrator perpetrator(RowCells row) {
        return new Perpetrator(row.one(PERPETRATOR_GENDER, Gender.class), row.wholeNumber(PERPETRATOR_AGE),
                row.countries(PERPETRATOR_CITIZENSHIP), row.many(ROLE_IN_PROCESS, PerpetratorRole.class),
                row.text(ROLE_DETAILS));
    }

    private static Referral incoming(RowCells row) {
        return new Referral(Referral.Direction.INCOMING, row.text(REFERRING_ORGANISATION),
                row.text(REFERRING_PRIMARY_CASE_WORKER), row.one(REASON_FOR_INCOMING_REFERRAL, ReferralReason.class),
                row.date(INCOMING_REFERRAL_DATE), row.text(INCOMING_REFERRAL_DETAILS));
    }

    private static Referral outgoing(RowCells row) {
        return new Referral(Referral.Direction.OUTGOING, row.text(REFERRED_ORGANISATION),
                row.text(REFERRED_PRIMARY_CASE_WORKER), row.one(REASON_FOR_OUTGOING_REFERRAL, ReferralReason.class),
                row.date(OUTGOING_REFERRAL_DATE), row.text(OUTGOING_REFERRAL_DETAILS));
    }

    private static TraffickingEvent event(RowCells row) {
        Address place = new Address(row.text(EVENT_STREET), row.text(EVENT_CITY), row.text(EVENT_STATE),
                row.text(EVENT_POSTAL_CODE), row.country(EVENT_COUNTRY),
                row.coordinate(EVENT_LATITUDE, "latitude", 90), row.coordinate(EVENT_LONGITUDE, "longitude", 180));
        return new TraffickingEvent(row.one(EVENT_TYPE, TraffickingEventType.class), row.date(EVENT_DATE), place,
                row.text(EVENT_DESCRIPTION));
    }

    private static SupportPlan plan(RowCells row) {
        return new SupportPlan(row.one(PLAN_TYPE, SupportPlanType.class), row.text(PLAN_OBJECTIVES),
                row.text(PLAN_ACTION_PLAN), row.date(PLAN_PLANNED_END_DATE), row.date(PLAN_ACTUAL_END_DATE));
    }
}
