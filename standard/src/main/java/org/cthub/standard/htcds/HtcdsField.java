package org.cthub.standard.htcds;

import static org.cthub.standard.htcds.HtcdsField.Section.*;
import static org.cthub.standard.htcds.HtcdsField.Trait.*;
import static org.cthub.standard.htcds.HtcdsField.Type.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of HTCDS 2.0 fields in the standard's order, with CT Hub's extensions next to the fields they
 * complement. Importers, forms and exports look fields up here so that a name, a type or a privacy flag is
 * decided once.
 *
 * <p>Core, type and status follow the standard's field list ({@code HTCDS Field Standards 2.0}); where CT Hub
 * reads a field differently the constant says why. Lookups ({@link #LOCATION_OF_RECRUITMENT} and the other
 * "Lookup" fields) are kept as text, since a flat file carries the looked-up name, not a record id.
 */
public enum HtcdsField {
    ORG_NAME("org_Name", ORGANISATION, TEXT, null),
    ORG_SHIPPING_CITY("org_ShippingCity", ORGANISATION, TEXT, null),
    ORG_SHIPPING_COUNTRY("org_ShippingCountry", ORGANISATION, COUNTRY, null),
    ORG_SHIPPING_STATE("org_ShippingState", ORGANISATION, TEXT, null),
    ORG_SHIPPING_STREET("org_ShippingStreet", ORGANISATION, TEXT, null),
    ORG_SHIPPING_POSTAL_CODE("org_ShippingPostalCode", ORGANISATION, TEXT, null),
    ORG_SHIPPING_LONGITUDE("org_ShippingLongitude", ORGANISATION, GEO, null),
    ORG_SHIPPING_LATITUDE("org_ShippingLatitude", ORGANISATION, GEO, null),
    ORG_PHONE("org_Phone", ORGANISATION, TEXT, null),
    ORG_TYPE("org_Type", ORGANISATION, PICKLIST, OrganisationType.class),

    SALUTATION("prs_Salutation", PERSON, TEXT, null, CORE),
    FIRST_NAME("prs_FirstName", PERSON, TEXT, null, CORE, IDENTIFIER),
    MIDDLE_NAME("prs_MiddleName", PERSON, TEXT, null, IDENTIFIER),
    SECOND_NAME("prs_SecondName", PERSON, TEXT, null, CORE, IDENTIFIER),
    BIRTHDATE("prs_Birthdate", PERSON, DATE, null, CORE, IDENTIFIER),
    GENDER("prs_Gender", PERSON, PICKLIST, Gender.class, CORE),
    DECEASED("prs_Deceased", PERSON, CHECKBOX, null),
    MARITAL_STATUS("prs_MaritalStatus", PERSON, PICKLIST, MaritalStatus.class),
    NUMBER_OF_CHILDREN("prs_NumberOfChildren", PERSON, NUMBER, null),
    PRIMARY_LANGUAGE("prs_PrimaryLanguage", PERSON, LANGUAGE, null),
    SECONDARY_LANGUAGE("prs_SecondaryLanguage", PERSON, LANGUAGE, null),
    HIGHEST_LEVEL_OF_EDUCATION("prs_HighestLevelOfEducation", PERSON, PICKLIST, EducationLevel.class),
    CITIZENSHIP("prs_Citizenship", PERSON, MULTI_COUNTRY, null, CORE),
    IDENTITY_NUMBER("prs_IdentityNumber", PERSON, TEXT, null, IDENTIFIER),
    TITLE("prs_Title", PERSON, TEXT, null, CORE),
    EMAIL("prs_Email", PERSON, TEXT, null, CORE, IDENTIFIER),
    HOME_PHONE("prs_HomePhone", PERSON, TEXT, null, CORE, IDENTIFIER),
    MOBILE_PHONE("prs_MobilePhone", PERSON, TEXT, null, CORE, IDENTIFIER),
    MAILING_CITY("prs_MailingCity", PERSON, TEXT, null, CORE, IDENTIFIER),
    /** HTCDS types it Text but asks for ISO 3166 codes, so CT Hub reads a country. */
    MAILING_COUNTRY("prs_MailingCountry", PERSON, COUNTRY, null, CORE, IDENTIFIER),
    MAILING_STATE("prs_MailingState", PERSON, TEXT, null, CORE, IDENTIFIER),
    MAILING_STREET("prs_MailingStreet", PERSON, TEXT, null, CORE, IDENTIFIER),
    MAILING_POSTAL_CODE("prs_MailingPostalCode", PERSON, TEXT, null, CORE, IDENTIFIER),
    MAILING_LONGITUDE("prs_MailingLongitude", PERSON, GEO, null, IDENTIFIER),
    MAILING_LATITUDE("prs_MailingLatitude", PERSON, GEO, null, IDENTIFIER),

    AGREEMENT_TO_MANAGE_PERSONAL_DATA("vic_AgreementToManagePersonalData", VICTIM, CHECKBOX, null, DEPRECATED),
    TRAFFICKING_STATUS("vic_TraffickingStatus", VICTIM, PICKLIST, TraffickingStatus.class, CORE),
    TRAFFICKING_STATUS_DECISION_MAKING_ORG("vic_TraffickingStatusDecisionMakingOrg", VICTIM, PICKLIST,
            DecisionMakingOrganisation.class, CORE),
    RELATIONSHIP_TO_TRAFFICKER("vic_RelationshipToTrafficker", VICTIM, PICKLIST, RelationshipToTrafficker.class),
    AGE_WHEN_TRAFFICKED("vic_AgeWhenTrafficked", VICTIM, NUMBER, null),
    RECRUITMENT_WEBSITES_AND_APPS("vic_RecruitmentWebsitesAndApps", VICTIM, MULTI_PICKLIST, WebsiteOrApp.class),
    METHOD_OF_RECRUITMENT("vic_MethodOfRecruitment", VICTIM, MULTI_PICKLIST, MethodOfRecruitment.class, CORE),
    LOCATION_OF_RECRUITMENT("vic_LocationOfRecruitment", VICTIM, TEXT, null, CORE),
    METHODS_OF_CONTROL("vic_MethodsOfControl", VICTIM, MULTI_PICKLIST, MethodOfControl.class, CORE),
    TYPE_OF_EXPLOITATION("vic_TypeOfExploitation", VICTIM, MULTI_PICKLIST, TypeOfExploitation.class, CORE),
    /** A single picklist in HTCDS; CT Hub keeps several, as victims are exploited in several sectors. */
    FORCED_LABOUR_INDUSTRY("vic_ForcedLabourIndustry", VICTIM, MULTI_PICKLIST, ForcedLabourIndustry.class, CORE),
    TYPE_OF_SEX_EXPLOITATION("vic_TypeOfSexExploitation", VICTIM, MULTI_PICKLIST, TypeOfSexExploitation.class,
            CORE),
    LOCATION_OF_EXPLOITATION("vic_LocationOfExploitation", VICTIM, TEXT, null, CORE),
    EXPLOITATION_WEBSITES_AND_APPS("vic_ExploitationWebsitesAndApps", VICTIM, MULTI_PICKLIST, WebsiteOrApp.class),
    VULNERABILITIES("vic_Vulnerabilities", VICTIM, MULTI_PICKLIST, Vulnerability.class, CORE, DEPRECATED),
    DETAILS_OF_VULNERABILITIES("vic_DetailsOfVulnerabilities", VICTIM, LONG_TEXT, null, CORE, DEPRECATED),
    COUNTRY_OF_EXPLOITATION("vic_CountryOfExploitation", VICTIM, COUNTRY, null, EXTENSION),
    AGE_BAND("vic_AgeBand", VICTIM, PICKLIST, AgeBand.class, EXTENSION),
    MAJORITY_STATUS("vic_MajorityStatus", VICTIM, PICKLIST, MajorityStatus.class, EXTENSION),
    CITIZENSHIP_REGION("vic_CitizenshipRegion", VICTIM, TEXT, null, EXTENSION),
    EXPLOITATION_REGION("vic_ExploitationRegion", VICTIM, TEXT, null, EXTENSION),

    ROLE_IN_PROCESS("per_RoleInProcess", PERPETRATOR, MULTI_PICKLIST, PerpetratorRole.class),
    ROLE_DETAILS("per_RoleDetails", PERPETRATOR, LONG_TEXT, null),
    PERPETRATOR_ORGANISATION("per_Organisation", PERPETRATOR, TEXT, null),
    /** Gender, age and citizenship of a perpetrator: what CTDC's victim-perpetrator dataset publishes. */
    PERPETRATOR_GENDER("per_Gender", PERPETRATOR, PICKLIST, Gender.class, EXTENSION),
    PERPETRATOR_AGE("per_Age", PERPETRATOR, NUMBER, null, EXTENSION),
    PERPETRATOR_CITIZENSHIP("per_Citizenship", PERPETRATOR, MULTI_COUNTRY, null, EXTENSION),

    REFERENCE("cas_Reference", CASE, TEXT, null, EXTENSION),
    REGISTRATION_DATE("cas_RegistrationDate", CASE, DATE, null, EXTENSION),
    REGISTRATION_YEAR("cas_RegistrationYear", CASE, NUMBER, null, EXTENSION),
    REGISTRATION_PERIOD("cas_RegistrationPeriod", CASE, TEXT, null, EXTENSION),
    STATUS("cas_Status", CASE, PICKLIST, CaseStatus.class, CORE),
    REASON_FOR_CASE_CLOSURE("cas_ReasonForCaseClosure", CASE, LONG_TEXT, null, CORE),
    CASE_OWNER("cas_CaseOwner", CASE, TEXT, null, CORE),

    REFERRING_ORGANISATION("cas_ReferringOrganisation", REFERRAL, TEXT, null, CORE),
    INCOMING_REFERRAL_DATE("cas_IncomingReferralDate", REFERRAL, DATE, null, CORE),
    REFERRING_PRIMARY_CASE_WORKER("cas_ReferringPrimaryCaseWorker", REFERRAL, TEXT, null, CORE),
    REASON_FOR_INCOMING_REFERRAL("cas_ReasonForIncomingReferral", REFERRAL, PICKLIST, ReferralReason.class, CORE),
    INCOMING_REFERRAL_DETAILS("cas_IncomingReferralDetails", REFERRAL, LONG_TEXT, null, CORE),
    REFERRED_ORGANISATION("cas_ReferredOrganisation", REFERRAL, TEXT, null, CORE),
    REFERRED_PRIMARY_CASE_WORKER("cas_ReferredPrimaryCaseWorker", REFERRAL, TEXT, null, CORE),
    REASON_FOR_OUTGOING_REFERRAL("cas_ReasonForOutgoingReferral", REFERRAL, PICKLIST, ReferralReason.class, CORE),
    OUTGOING_REFERRAL_DATE("cas_OutgoingReferralDate", REFERRAL, DATE, null, CORE),
    OUTGOING_REFERRAL_DETAILS("cas_OutgoingReferralDetails", REFERRAL, LONG_TEXT, null, CORE),

    CASE_COMMENT("cco_CaseComment", Section.CASE_COMMENT, LONG_TEXT, null),

    EVENT_LONGITUDE("hte_Longitude", TRAFFICKING_EVENT, GEO, null, IDENTIFIER),
    EVENT_LATITUDE("hte_Latitude", TRAFFICKING_EVENT, GEO, null, IDENTIFIER),
    EVENT_CITY("hte_City", TRAFFICKING_EVENT, TEXT, null),
    /** HTCDS types it Text; CT Hub reads a country so that events can be counted by country. */
    EVENT_COUNTRY("hte_Country", TRAFFICKING_EVENT, COUNTRY, null),
    EVENT_STATE("hte_State", TRAFFICKING_EVENT, TEXT, null),
    EVENT_STREET("hte_Street", TRAFFICKING_EVENT, TEXT, null),
    EVENT_POSTAL_CODE("hte_PostalCode", TRAFFICKING_EVENT, TEXT, null),
    EVENT_DATE("hte_Date", TRAFFICKING_EVENT, DATE, null),
    EVENT_TYPE("hte_Type", TRAFFICKING_EVENT, PICKLIST, TraffickingEventType.class),
    EVENT_DESCRIPTION("hte_Description", TRAFFICKING_EVENT, LONG_TEXT, null),

    PLAN_OBJECTIVES("spl_Objectives", SUPPORT_PLAN, LONG_TEXT, null),
    PLAN_ACTION_PLAN("spl_ActionPlan", SUPPORT_PLAN, LONG_TEXT, null),
    PLAN_PLANNED_END_DATE("spl_PlannedEndDate", SUPPORT_PLAN, DATE, null),
    PLAN_ACTUAL_END_DATE("spl_ActualEndDate", SUPPORT_PLAN, DATE, null),
    PLAN_TYPE("spl_Type", SUPPORT_PLAN, PICKLIST, SupportPlanType.class),

    CONSENT("con_Consent", Section.CONSENT, CHECKBOX, null, CORE),
    SHARE_ANONYMISED("con_ShareAnonymised", Section.CONSENT, CHECKBOX, null, EXTENSION);

    /** The standard's sections; a section's fields share a prefix, except that referrals use {@code cas_}. */
    public enum Section {
        ORGANISATION, PERSON, VICTIM, PERPETRATOR, CASE, REFERRAL, CASE_COMMENT, TRAFFICKING_EVENT, SUPPORT_PLAN,
        CONSENT;

        /** Whether a case can hold several instances of the section (perpetrators, events, ...). */
        public boolean repeats() {
            return this == PERPETRATOR || this == REFERRAL || this == CASE_COMMENT || this == TRAFFICKING_EVENT
                    || this == SUPPORT_PLAN;
        }
    }

    /** How a field's value is written; HTCDS's "Lookup" fields are TEXT, its Geolocation fields GEO. */
    public enum Type {
        TEXT, LONG_TEXT, DATE, NUMBER, CHECKBOX, PICKLIST, MULTI_PICKLIST, COUNTRY, MULTI_COUNTRY, LANGUAGE, GEO
    }

    enum Trait { CORE, IDENTIFIER, DEPRECATED, EXTENSION }

    private static final Map<String, HtcdsField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(field -> field.fieldName.toLowerCase(Locale.ROOT),
                    Function.identity()));

    private final String fieldName;
    private final Section section;
    private final Type type;
    private final Class<? extends Enum<?>> picklist;
    private final Set<Trait> traits;

    HtcdsField(String fieldName, Section section, Type type, Class<? extends Enum<?>> picklist, Trait... traits) {
        this.fieldName = fieldName;
        this.section = section;
        this.type = type;
        this.picklist = picklist;
        this.traits = traits.length == 0 ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(Arrays.asList(traits));
    }

    /** The field for its prefixed name such as {@code prs_Gender}, in any case; empty for null or unknown. */
    public static Optional<HtcdsField> byName(String name) {
        return name == null ? Optional.empty()
                : Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The full prefixed name, such as {@code vic_TypeOfExploitation}. */
    public String fieldName() {
        return fieldName;
    }

    public Section section() {
        return section;
    }

    public Type type() {
        return type;
    }

    /**
     * The enum of a picklist field's values: a {@link org.cthub.standard.Picklist} for the standard's picklists,
     * or {@link AgeBand} and {@link MajorityStatus} for CT Hub's; empty for other fields.
     */
    public Optional<Class<? extends Enum<?>>> picklist() {
        return Optional.ofNullable(picklist);
    }

    /** Whether HTCDS marks the field Core; CT Hub's extensions are never Core. */
    public boolean isCore() {
        return traits.contains(CORE);
    }

    /**
     * Whether the value identifies a person: names, birth date, identity number, contact details, mailing address
     * and exact coordinates. Such values never appear in problem reports or logs and never leave the organisation.
     */
    public boolean isPersonalIdentifier() {
        return traits.contains(IDENTIFIER);
    }

    /** Whether HTCDS 2.0 deprecates the field; still accepted, so that older files can be read. */
    public boolean isDeprecated() {
        return traits.contains(DEPRECATED);
    }

    /** Whether the field is a CT Hub extension of HTCDS rather than part of the standard. */
    public boolean isExtension() {
        return traits.contains(EXTENSION);
    }

    @Override
    public String toString() {
        return fieldName;
    }
}
