package org.cthub.store.cases;

import static org.cthub.store.cases.JsonValues.bool;
import static org.cthub.store.cases.JsonValues.codes;
import static org.cthub.store.cases.JsonValues.date;
import static org.cthub.store.cases.JsonValues.decimal;
import static org.cthub.store.cases.JsonValues.elements;
import static org.cthub.store.cases.JsonValues.enumSet;
import static org.cthub.store.cases.JsonValues.enumValue;
import static org.cthub.store.cases.JsonValues.integer;
import static org.cthub.store.cases.JsonValues.object;
import static org.cthub.store.cases.JsonValues.string;
import static org.cthub.store.cases.JsonValues.stringSet;

import java.util.Optional;
import java.util.function.Function;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.standard.htcds.Address;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseComment;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.DecisionMakingOrganisation;
import org.cthub.standard.htcds.EducationLevel;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.MaritalStatus;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.MethodOfRecruitment;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.PerpetratorRole;
import org.cthub.standard.htcds.PerpetratorSummary;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.Referral;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.SupportPlan;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.standard.htcds.TraffickingEvent;
import org.cthub.standard.htcds.TraffickingEventType;
import org.cthub.standard.htcds.TraffickingStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;
import org.cthub.standard.htcds.Victim;
import org.cthub.standard.htcds.Vulnerability;
import org.cthub.standard.htcds.WebsiteOrApp;
import tools.jackson.databind.JsonNode;

/** Reads a case record from its merged JSON tree, the inverse of {@link RecordJsonWriter}. */
final class RecordJsonReader {

    private final Function<String, Optional<Country>> countries;
    private final Function<String, Optional<IsoLanguage>> languages;

    RecordJsonReader(Function<String, Optional<Country>> countries,
                     Function<String, Optional<IsoLanguage>> languages) {
        this.countries = countries;
        this.languages = languages;
    }

    CaseRecord read(JsonNode root) {
        JsonNode summary = root.get("perpetratorSummary");
        return new CaseRecord(readCase(object(root, "case")), readPerson(object(root, "person")),
                readVictim(object(root, "victim")),
                elements(root, "perpetrators").stream().map(this::readPerpetrator).toList(),
                elements(root, "events").stream().map(this::readEvent).toList(),
                elements(root, "referrals").stream().map(this::readReferral).toList(),
                elements(root, "comments").stream().map(node -> new CaseComment(string(node, "comment"))).toList(),
                elements(root, "supportPlans").stream().map(this::readSupportPlan).toList(),
                readConsent(object(root, "consent")),
                summary == null || summary.isNull() ? null : readSummary(summary));
    }

    private Case readCase(JsonNode node) {
        return new Case(string(node, "reference"), enumValue(node, "status", CaseStatus.class),
                string(node, "reasonForClosure"), string(node, "caseOwner"), date(node, "registrationDate"),
                integer(node, "registrationYear"), string(node, "registrationPeriod"));
    }

    private Person readPerson(JsonNode node) {
        return new Person(string(node, "salutation"), string(node, "firstName"), string(node, "middleName"),
                string(node, "secondName"), date(node, "birthdate"), enumValue(node, "gender", Gender.class),
                bool(node, "deceased"), enumValue(node, "maritalStatus", MaritalStatus.class),
                integer(node, "numberOfChildren"), language(string(node, "primaryLanguage")),
                language(string(node, "secondaryLanguage")),
                enumValue(node, "highestLevelOfEducation", EducationLevel.class),
                codes(node, "citizenship", this::country), string(node, "identityNumber"), string(node, "title"),
                string(node, "email"), string(node, "homePhone"), string(node, "mobilePhone"),
                readAddress(object(node, "mailingAddress")));
    }

    private Victim readVictim(JsonNode node) {
        return new Victim(enumValue(node, "traffickingStatus", TraffickingStatus.class),
                enumValue(node, "decisionMakingOrganisation", DecisionMakingOrganisation.class),
                enumValue(node, "relationshipToTrafficker", RelationshipToTrafficker.class),
                integer(node, "ageWhenTrafficked"),
                enumSet(node, "recruitmentWebsitesAndApps", WebsiteOrApp.class),
                enumSet(node, "methodsOfRecruitment", MethodOfRecruitment.class),
                string(node, "locationOfRecruitment"), enumSet(node, "methodsOfControl", MethodOfControl.class),
                enumSet(node, "typesOfExploitation", TypeOfExploitation.class),
                enumSet(node, "forcedLabourIndustries", ForcedLabourIndustry.class),
                enumSet(node, "typesOfSexExploitation", TypeOfSexExploitation.class),
                string(node, "locationOfExploitation"), country(string(node, "countryOfExploitation")),
                enumSet(node, "exploitationWebsitesAndApps", WebsiteOrApp.class),
                enumSet(node, "vulnerabilities", Vulnerability.class), enumValue(node, "ageBand", AgeBand.class),
                enumValue(node, "majorityStatus", MajorityStatus.class), string(node, "citizenshipRegion"),
                string(node, "exploitationRegion"));
    }

    private Perpetrator readPerpetrator(JsonNode node) {
        return new Perpetrator(enumValue(node, "gender", Gender.class), integer(node, "age"),
                codes(node, "citizenship", this::country), enumSet(node, "roles", PerpetratorRole.class),
                string(node, "roleDetails"));
    }

    private TraffickingEvent readEvent(JsonNode node) {
        return new TraffickingEvent(enumValue(node, "type", TraffickingEventType.class), date(node, "date"),
                readAddress(object(node, "place")), string(node, "description"));
    }

    private Address readAddress(JsonNode node) {
        Address address = new Address(string(node, "street"), string(node, "city"), string(node, "state"),
                string(node, "postalCode"), country(string(node, "country")), decimal(node, "latitude"),
                decimal(node, "longitude"));
        return address.isEmpty() ? Address.NONE : address;
    }

    private Referral readReferral(JsonNode node) {
        return new Referral(enumValue(node, "direction", Referral.Direction.class), string(node, "organisation"),
                string(node, "primaryCaseWorker"), enumValue(node, "reason", ReferralReason.class),
                date(node, "date"), string(node, "details"));
    }

    private SupportPlan readSupportPlan(JsonNode node) {
        return new SupportPlan(enumValue(node, "type", SupportPlanType.class), string(node, "objectives"),
                string(node, "actionPlan"), date(node, "plannedEndDate"), date(node, "actualEndDate"));
    }

    private static Consent readConsent(JsonNode node) {
        return new Consent(bool(node, "toAssistance"), bool(node, "toShareAnonymised"));
    }

    private static PerpetratorSummary readSummary(JsonNode node) {
        return new PerpetratorSummary(enumSet(node, "genders", Gender.class), stringSet(node, "ageBands"),
                stringSet(node, "citizenshipRegions"), stringSet(node, "relations"), stringSet(node, "paidMoney"),
                enumSet(node, "roles", PerpetratorRole.class));
    }

    private Country country(String alpha3) {
        return alpha3 == null ? null : countries.apply(alpha3).orElseThrow(() -> new UnableToDecodeCaseException(
                "The stored country code " + alpha3 + " is not in the country catalogue", null));
    }

    private IsoLanguage language(String alpha3) {
        return alpha3 == null ? null : languages.apply(alpha3).orElseThrow(() -> new UnableToDecodeCaseException(
                "The stored language code " + alpha3 + " is not in the language catalogue", null));
    }
}
