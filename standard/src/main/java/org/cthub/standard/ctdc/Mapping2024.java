package org.cthub.standard.ctdc;

import static java.util.Map.entry;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cthub.standard.ctdc.Ctdc2024Record.Exploitation;
import org.cthub.standard.ctdc.Ctdc2024Record.Labour;
import org.cthub.standard.ctdc.Ctdc2024Record.Means;
import org.cthub.standard.ctdc.Ctdc2024Record.Relation;
import org.cthub.standard.ctdc.Ctdc2024Record.Sex;
import org.cthub.standard.ctdc.Ctdc2024Record.TraffickMonths;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;

/** HTCDS ↔ the 2024 global synthetic layout. Tables as in {@code docs/ctdc-mapping.md}. */
final class Mapping2024 {

    /** The merges of the 2024 codebook (App. II) applied to HTCDS's methods of control; "Other" has no flag. */
    static final Map<MethodOfControl, Means> MEANS = Map.ofEntries(
            entry(MethodOfControl.DEBT_BONDAGE, Means.DEBT_BONDAGE_EARNINGS),
            entry(MethodOfControl.TAKES_EARNINGS, Means.DEBT_BONDAGE_EARNINGS),
            entry(MethodOfControl.PHYSICAL_THREATS, Means.THREATS),
            entry(MethodOfControl.THREATENS_CHILDREN_FAMILY, Means.THREATS),
            entry(MethodOfControl.THREATS_LAW_ENFORCEMENT, Means.THREATS),
            entry(MethodOfControl.PSYCHOLOGICAL_ABUSE, Means.ABUSE_PSY_PHY_SEX),
            entry(MethodOfControl.PHYSICAL_ABUSE, Means.ABUSE_PSY_PHY_SEX),
            entry(MethodOfControl.SEXUAL_ABUSE, Means.ABUSE_PSY_PHY_SEX),
            entry(MethodOfControl.FALSE_PROMISES, Means.FALSE_PROMISES),
            entry(MethodOfControl.PSYCHOACTIVE_SUBSTANCE, Means.DRUGS_ALCOHOL),
            entry(MethodOfControl.RESTRICTS_FINANCIAL_ACCESS, Means.DENY_BASIC_NEEDS),
            entry(MethodOfControl.RESTRICTS_MEDICAL_CARE, Means.DENY_BASIC_NEEDS),
            entry(MethodOfControl.WITHHOLDS_NECESSITIES, Means.DENY_BASIC_NEEDS),
            entry(MethodOfControl.EXCESSIVE_WORKING_HOURS, Means.EXCESSIVE_WORK_HOURS),
            entry(MethodOfControl.WITHHOLDS_DOCUMENTS, Means.WITHHOLD_DOCS));

    /** The HTCDS value each merged flag imports as: the first its codebook label names. */
    static final Map<Means, MethodOfControl> MEANS_IMPORTED = new EnumMap<>(Map.of(
            Means.DEBT_BONDAGE_EARNINGS, MethodOfControl.DEBT_BONDAGE,
            Means.THREATS, MethodOfControl.PHYSICAL_THREATS,
            Means.ABUSE_PSY_PHY_SEX, MethodOfControl.PSYCHOLOGICAL_ABUSE,
            Means.FALSE_PROMISES, MethodOfControl.FALSE_PROMISES,
            Means.DRUGS_ALCOHOL, MethodOfControl.PSYCHOACTIVE_SUBSTANCE,
            Means.DENY_BASIC_NEEDS, MethodOfControl.WITHHOLDS_NECESSITIES,
            Means.EXCESSIVE_WORK_HOURS, MethodOfControl.EXCESSIVE_WORKING_HOURS,
            Means.WITHHOLD_DOCS, MethodOfControl.WITHHOLDS_DOCUMENTS));

    /**
     * Child labour and forced begging are forced labour of a kind (begging is a sector of forced labour in
     * codebook v6); servitude, like forced marriage, military and organ removal, is "other".
     */
    static final Map<TypeOfExploitation, Exploitation> EXPLOITATION = Map.ofEntries(
            entry(TypeOfExploitation.FORCED_LABOUR, Exploitation.FORCED_LABOUR),
            entry(TypeOfExploitation.CHILD_LABOUR, Exploitation.FORCED_LABOUR),
            entry(TypeOfExploitation.FORCED_BEGGING, Exploitation.FORCED_LABOUR),
            entry(TypeOfExploitation.SEXUAL_EXPLOITATION, Exploitation.SEXUAL),
            entry(TypeOfExploitation.FORCED_MARRIAGE, Exploitation.OTHER),
            entry(TypeOfExploitation.SERVITUDE, Exploitation.OTHER),
            entry(TypeOfExploitation.FORCED_MILITARY_BY_NON_STATE_ACTORS, Exploitation.OTHER),
            entry(TypeOfExploitation.ORGAN_REMOVAL, Exploitation.OTHER),
            entry(TypeOfExploitation.FORCED_ADOPTION, Exploitation.OTHER),
            entry(TypeOfExploitation.SURROGACY, Exploitation.OTHER),
            entry(TypeOfExploitation.OTHER, Exploitation.OTHER));

    static final Map<Exploitation, TypeOfExploitation> EXPLOITATION_IMPORTED = new EnumMap<>(Map.of(
            Exploitation.FORCED_LABOUR, TypeOfExploitation.FORCED_LABOUR,
            Exploitation.SEXUAL, TypeOfExploitation.SEXUAL_EXPLOITATION,
            Exploitation.OTHER, TypeOfExploitation.OTHER));

    static final Map<ForcedLabourIndustry, Labour> LABOUR = Map.of(
            ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING, Labour.AGRICULTURE,
            ForcedLabourIndustry.F_CONSTRUCTION, Labour.CONSTRUCTION,
            ForcedLabourIndustry.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS, Labour.DOMESTIC_WORK,
            ForcedLabourIndustry.I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES, Labour.HOSPITALITY);

    static final Map<TypeOfSexExploitation, Sex> SEX = Map.of(
            TypeOfSexExploitation.PROSTITUTION, Sex.PROSTITUTION, TypeOfSexExploitation.PORNOGRAPHY, Sex.PORNOGRAPHY);

    static final Map<RelationshipToTrafficker, Relation> RELATION = Map.of(
            RelationshipToTrafficker.FAMILIAL, Relation.FAMILY, RelationshipToTrafficker.ACQUAINTED, Relation.FRIEND,
            RelationshipToTrafficker.UNAQUAINTED, Relation.OTHER);

    static final Map<Labour, ForcedLabourIndustry> LABOUR_IMPORTED = FlagSets.inverse(LABOUR);
    static final Map<Sex, TypeOfSexExploitation> SEX_IMPORTED = FlagSets.inverse(SEX);
    static final Map<Relation, RelationshipToTrafficker> RELATION_IMPORTED = FlagSets.inverse(RELATION);

    /** HTCDS holds one relation: the closest flagged one wins; an intimate partner counts as family. */
    static final List<Relation> RELATION_PRECEDENCE =
            List.of(Relation.INTIMATE_PARTNER, Relation.FAMILY, Relation.FRIEND, Relation.OTHER);

    private Mapping2024() {
    }

    static Ctdc2024Record derive(CaseRecord record) {
        var victim = record.victim();
        RelationshipToTrafficker relation = victim.relationshipToTrafficker();
        return new Ctdc2024Record(record.caseInfo().yearOfRegistration(),
                CaseFacts.gender(record.person().gender()), CaseFacts.ageBand(record),
                serbiaIncludesKosovo(CaseFacts.citizenship(record)),
                serbiaIncludesKosovo(CaseFacts.countryOfExploitation(record)),
                CaseFacts.traffickingMonths(record).map(TraffickMonths::of).orElse(null),
                FlagSets.translate(victim.methodsOfControl(), MEANS, Means.class),
                FlagSets.translate(victim.typesOfExploitation(), EXPLOITATION, Exploitation.class),
                FlagSets.translate(victim.forcedLabourIndustries(), LABOUR, Labour.class),
                FlagSets.translate(victim.typesOfSexExploitation(), SEX, Sex.class),
                relation == null ? null : EnumSet.of(RELATION.get(relation)));
    }

    static CaseRecord toCase(Ctdc2024Record ctdc) {
        ImportedCase imported = new ImportedCase();
        imported.registrationYear = ctdc.yearOfRegistration();
        imported.gender = ImportedCase.gender(ctdc.gender());
        imported.ageBand = ctdc.ageBroad();
        imported.citizenship = ctdc.citizenship();
        imported.countryOfExploitation = ctdc.countryOfExploitation();
        imported.methodsOfControl = FlagSets.translate(ctdc.means(), MEANS_IMPORTED, MethodOfControl.class);
        imported.typesOfExploitation =
                FlagSets.translate(ctdc.exploitation(), EXPLOITATION_IMPORTED, TypeOfExploitation.class);
        imported.forcedLabourIndustries =
                FlagSets.translate(ctdc.labour(), LABOUR_IMPORTED, ForcedLabourIndustry.class);
        imported.typesOfSexExploitation = FlagSets.translate(ctdc.sex(), SEX_IMPORTED, TypeOfSexExploitation.class);
        imported.relationshipToTrafficker = RELATION_PRECEDENCE.stream().filter(ctdc.recruiterRelation()::contains)
                .findFirst().map(flag -> flag == Relation.INTIMATE_PARTNER ? Relation.FAMILY : flag)
                .map(RELATION_IMPORTED::get).orElse(null);
        return imported.build();
    }

    /** The 2024 codebook (App. II): Serbia includes Kosovo. */
    private static Country serbiaIncludesKosovo(Country country) {
        return country != null && country.alpha2().equals("XK") ? Countries.byCode("RS") : country;
    }
}
