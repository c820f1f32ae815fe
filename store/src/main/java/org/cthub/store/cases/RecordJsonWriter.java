package org.cthub.store.cases;

import static org.cthub.store.cases.JsonValues.put;
import static org.cthub.store.cases.JsonValues.putCodes;
import static org.cthub.store.cases.JsonValues.putEnums;
import static org.cthub.store.cases.JsonValues.putStrings;

import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.standard.htcds.Address;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.PerpetratorSummary;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.Referral;
import org.cthub.standard.htcds.SupportPlan;
import org.cthub.standard.htcds.TraffickingEvent;
import org.cthub.standard.htcds.Victim;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a case record as two JSON trees, deciding field by field what is open and what is secret. This class
 * is the one place that classifies the model's fields; a new field in the model breaks {@link RecordJsonReader}
 * at compile time, which sends whoever adds it here to decide.
 *
 * <p>Secret: every personal identifier (names, salutation, title, birth date, identity number, e-mail, phones,
 * the mailing address, the street, postal code and coordinates of places) and every free-text field (comments,
 * descriptions, details, objectives, free-text locations, case workers and owners, referral organisations),
 * because nobody can promise what a caseworker types into free text. Open: picklists, countries, languages,
 * regions, numbers, flags and dates other than the birth date.
 */
final class RecordJsonWriter {

    /** The two trees of one record. */
    record Trees(ObjectNode open, ObjectNode secret) {
    }

    Trees write(CaseRecord record) {
        Branch root = new Branch(JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode());
        writeCase(root.object("case"), record.caseInfo());
        writePerson(root.object("person"), record.person());
        writeVictim(root.object("victim"), record.victim());
        root.list("perpetrators", record.perpetrators(), this::writePerpetrator);
        root.list("events", record.events(), this::writeEvent);
        root.list("referrals", record.referrals(), this::writeReferral);
        root.list("comments", record.comments(), (branch, comment) -> put(branch.secret(), "comment",
                comment.comment()));
        root.list("supportPlans", record.supportPlans(), this::writeSupportPlan);
        writeConsent(root.object("consent"), record.consent());
        if (record.perpetratorSummary() != null) {
            writeSummary(root.object("perpetratorSummary"), record.perpetratorSummary());
        }
        JsonTrees.pruneEmpty(root.secret());
        return new Trees(root.open(), root.secret());
    }

    private void writeCase(Branch branch, Case value) {
        put(branch.open(), "reference", value.reference());
        put(branch.open(), "status", value.status());
        put(branch.secret(), "reasonForClosure", value.reasonForClosure());
        put(branch.secret(), "caseOwner", value.caseOwner());
        put(branch.open(), "registrationDate", value.registrationDate());
        put(branch.open(), "registrationYear", value.registrationYear());
        put(branch.open(), "registrationPeriod", value.registrationPeriod());
    }

    private void writePerson(Branch branch, Person value) {
        ObjectNode open = branch.open();
        ObjectNode secret = branch.secret();
        put(secret, "salutation", value.salutation());
        put(secret, "firstName", value.firstName());
        put(secret, "middleName", value.middleName());
        put(secret, "secondName", value.secondName());
        put(secret, "birthdate", value.birthdate());
        put(open, "gender", value.gender());
        put(open, "deceased", value.deceased());
        put(open, "maritalStatus", value.maritalStatus());
        put(open, "numberOfChildren", value.numberOfChildren());
        put(open, "primaryLanguage", language(value.primaryLanguage()));
        put(open, "secondaryLanguage", language(value.secondaryLanguage()));
        put(open, "highestLevelOfEducation", value.highestLevelOfEducation());
        putCodes(open, "citizenship", value.citizenship(), Country::alpha3);
        put(secret, "identityNumber", value.identityNumber());
        put(secret, "title", value.title());
        put(secret, "email", value.email());
        put(secret, "homePhone", value.homePhone());
        put(secret, "mobilePhone", value.mobilePhone());
        if (!value.mailingAddress().isEmpty()) {
            ObjectNode address = secret.putObject("mailingAddress");
            writeAddress(new Branch(address, address), value.mailingAddress());
        }
    }

    private void writeVictim(Branch branch, Victim value) {
        ObjectNode open = branch.open();
        put(open, "traffickingStatus", value.traffickingStatus());
        put(open, "decisionMakingOrganisation", value.decisionMakingOrganisation());
        put(open, "relationshipToTrafficker", value.relationshipToTrafficker());
        put(open, "ageWhenTrafficked", value.ageWhenTrafficked());
        putEnums(open, "recruitmentWebsitesAndApps", value.recruitmentWebsitesAndApps());
        putEnums(open, "methodsOfRecruitment", value.methodsOfRecruitment());
        put(branch.secret(), "locationOfRecruitment", value.locationOfRecruitment());
        putEnums(open, "methodsOfControl", value.methodsOfControl());
        putEnums(open, "typesOfExploitation", value.typesOfExploitation());
        putEnums(open, "forcedLabourIndustries", value.forcedLabourIndustries());
        putEnums(open, "typesOfSexExploitation", value.typesOfSexExploitation());
        put(branch.secret(), "locationOfExploitation", value.locationOfExploitation());
        put(open, "countryOfExploitation", country(value.countryOfExploitation()));
        putEnums(open, "exploitationWebsitesAndApps", value.exploitationWebsitesAndApps());
        putEnums(open, "vulnerabilities", value.vulnerabilities());
        put(open, "ageBand", value.ageBand());
        put(open, "majorityStatus", value.majorityStatus());
        put(open, "citizenshipRegion", value.citizenshipRegion());
        put(open, "exploitationRegion", value.exploitationRegion());
    }

    private void writePerpetrator(Branch branch, Perpetrator value) {
        put(branch.open(), "gender", value.gender());
        put(branch.open(), "age", value.age());
        putCodes(branch.open(), "citizenship", value.citizenship(), Country::alpha3);
        putEnums(branch.open(), "roles", value.roles());
        put(branch.secret(), "roleDetails", value.roleDetails());
    }

    private void writeEvent(Branch branch, TraffickingEvent value) {
        put(branch.open(), "type", value.type());
        put(branch.open(), "date", value.date());
        if (!value.place().isEmpty()) {
            writeAddress(branch.object("place"), value.place());
        }
        put(branch.secret(), "description", value.description());
    }

    /** City, state and country are open; street, postal code and coordinates are secret. */
    private void writeAddress(Branch branch, Address value) {
        put(branch.secret(), "street", value.street());
        put(branch.open(), "city", value.city());
        put(branch.open(), "state", value.state());
        put(branch.secret(), "postalCode", value.postalCode());
        put(branch.open(), "country", country(value.country()));
        put(branch.secret(), "latitude", value.latitude());
        put(branch.secret(), "longitude", value.longitude());
    }

    private void writeReferral(Branch branch, Referral value) {
        put(branch.open(), "direction", value.direction());
        put(branch.secret(), "organisation", value.organisation());
        put(branch.secret(), "primaryCaseWorker", value.primaryCaseWorker());
        put(branch.open(), "reason", value.reason());
        put(branch.open(), "date", value.date());
        put(branch.secret(), "details", value.details());
    }

    private void writeSupportPlan(Branch branch, SupportPlan value) {
        put(branch.open(), "type", value.type());
        put(branch.secret(), "objectives", value.objectives());
        put(branch.secret(), "actionPlan", value.actionPlan());
        put(branch.open(), "plannedEndDate", value.plannedEndDate());
        put(branch.open(), "actualEndDate", value.actualEndDate());
    }

    private void writeConsent(Branch branch, Consent value) {
        put(branch.open(), "toAssistance", value.toAssistance());
        put(branch.open(), "toShareAnonymised", value.toShareAnonymised());
    }

    private void writeSummary(Branch branch, PerpetratorSummary value) {
        putEnums(branch.open(), "genders", value.genders());
        putStrings(branch.open(), "ageBands", value.ageBands());
        putStrings(branch.open(), "citizenshipRegions", value.citizenshipRegions());
        putStrings(branch.open(), "relations", value.relations());
        putStrings(branch.open(), "paidMoney", value.paidMoney());
        putEnums(branch.open(), "roles", value.roles());
    }

    private static String country(Country country) {
        return country == null ? null : country.alpha3();
    }

    private static String language(IsoLanguage language) {
        return language == null ? null : language.alpha3();
    }
}
